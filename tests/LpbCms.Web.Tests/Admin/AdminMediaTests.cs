using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Media;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>
/// The media library in the admin: uploads checked for type, content, size and name, folders,
/// deleting with a warning when content uses the file, the media field's picker, and ManageMedia
/// enforced for direct requests.
/// </summary>
public sealed class AdminMediaTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    /// <summary>The start of a PNG file: enough for the library's type check.</summary>
    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task Upload_PngWithUnsafeName_StoredUnderSafeNameAndListed()
    {
        using var sut = await SignInAsync("media-redacteur", "Editor");

        using var response = await UploadAsync(sut, "/admin/media", "../../Mijn foto?.png", Png, "image/png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(File.Exists(MediaFile("Mijn foto-.png")));
        Assert.False(File.Exists(Path.Combine(factory.DataPath, "Mijn foto-.png")));
        var html = WebUtility.HtmlDecode(await sut.GetHtmlAsync("/admin/media"));
        Assert.Contains("Mijn foto-.png", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_SameNameTwice_SecondGetsNumberAndFirstIsKept()
    {
        using var sut = await SignInAsync("media-redacteur", "Editor");

        using var first = await UploadAsync(sut, "/admin/media", "dubbel.png", Png, "image/png");
        using var second = await UploadAsync(sut, "/admin/media", "dubbel.png", [.. Png, 1, 2, 3], "image/png");

        Assert.Equal(Png.Length, new FileInfo(MediaFile("dubbel.png")).Length);
        Assert.Equal(Png.Length + 3, new FileInfo(MediaFile("dubbel-2.png")).Length);
    }

    [Theory]
    [InlineData("aanval.html", "<script>alert(1)</script>")]
    [InlineData("tekening.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("vermomd.jpg", "<html>geen jpeg</html>")]
    [InlineData("programma.exe", "MZ")]
    public async Task Upload_TypeNotAllowedOrContentNotMatching_RefusedInDutchAndNotStored(string fileName, string content)
    {
        using var sut = await SignInAsync("media-redacteur", "Editor");

        using var response = await UploadAsync(sut, "/admin/media", fileName, System.Text.Encoding.UTF8.GetBytes(content), "application/octet-stream");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("is geen toegestaan bestandstype", html, StringComparison.Ordinal);
        Assert.False(File.Exists(MediaFile(fileName)));
    }

    [Fact]
    public async Task Upload_FolderOutsideLibrary_NotFoundAndNothingStored()
    {
        using var sut = await SignInAsync("media-redacteur", "Editor");

        using var response = await UploadAsync(sut, "/admin/media?map=..%2F..%2Fbuiten", "ontsnapt.png", Png, "image/png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(Directory.GetFiles(factory.DataPath, "ontsnapt.png", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task UploadAsync_LongerThanLimit_RefusedAsTooLarge()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IMediaLibrary>();
        using var declaredLarge = new MemoryStream(Png);
        using var actuallyLarge = new MemoryStream([.. Png, .. new byte[(int)sut.MaxUploadBytes]]);

        var declared = await Assert.ThrowsAsync<MediaLibraryException>(() => sut.UploadAsync(null, "groot.png", sut.MaxUploadBytes + 1, declaredLarge, TestContext.Current.CancellationToken));
        var actual = await Assert.ThrowsAsync<MediaLibraryException>(() => sut.UploadAsync(null, "groot.png", Png.Length, actuallyLarge, TestContext.Current.CancellationToken));

        Assert.Equal(MediaLibraryError.TooLarge, declared.Error);
        Assert.Equal(MediaLibraryError.TooLarge, actual.Error);
        Assert.Equal(20L * 1024 * 1024, sut.MaxUploadBytes);
        Assert.False(File.Exists(MediaFile("groot.png")));
    }

    [Fact]
    public async Task Folders_CreateUploadIntoAndDelete_NonEmptyFolderIsKept()
    {
        using var sut = await SignInAsync("media-redacteur", "Editor");

        using var create = await sut.PostFormAsync("/admin/media", "/admin/media?handler=Folder", [new("FolderName", "Cadeaus 2019")]);
        using var upload = await UploadAsync(sut, "/admin/media?map=Cadeaus%202019", "lsa.png", Png, "image/png");
        using var deleteFull = await sut.PostFormAsync("/admin/media", "/admin/media/verwijderen?pad=Cadeaus%202019", []);
        var fullHtml = WebUtility.HtmlDecode(await deleteFull.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var deleteFile = await sut.PostFormAsync("/admin/media", "/admin/media/verwijderen?pad=Cadeaus%202019%2Flsa.png", []);
        using var deleteEmpty = await sut.PostFormAsync("/admin/media", "/admin/media/verwijderen?pad=Cadeaus%202019", []);

        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Equal("/admin/media?map=Cadeaus%202019", create.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Contains("De map is niet leeg", fullHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleteFile.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleteEmpty.StatusCode);
        Assert.False(Directory.Exists(MediaFile("Cadeaus 2019")));
    }

    [Fact]
    public async Task Delete_FileUsedByContent_WarnsListsItemAndNeedsConfirmation()
    {
        using var sut = await SignInAsync("media-redacteur", "Editor");
        using var upload = await UploadAsync(sut, "/admin/media", "in-gebruik.png", Png, "image/png");
        var id = await CreateBlogPostWithImageAsync("Bericht met afbeelding", "in-gebruik.png");

        var page = WebUtility.HtmlDecode(await sut.GetHtmlAsync("/admin/media/verwijderen?pad=in-gebruik.png"));
        using var unconfirmed = await sut.PostFormAsync("/admin/media", "/admin/media/verwijderen?pad=in-gebruik.png", []);
        var unconfirmedHtml = WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var existsAfterUnconfirmed = File.Exists(MediaFile("in-gebruik.png"));
        using var confirmed = await sut.PostFormAsync("/admin/media", "/admin/media/verwijderen?pad=in-gebruik.png", [new("ConfirmInUse", "true")]);

        Assert.Contains("dit bestand wordt nog gebruikt", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/inhoud/{id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Bericht met afbeelding", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Vink aan dat u het toch wilt verwijderen", unconfirmedHtml, StringComparison.Ordinal);
        Assert.True(existsAfterUnconfirmed);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False(File.Exists(MediaFile("in-gebruik.png")));
    }

    [Fact]
    public async Task Delete_UnusedFile_NoWarning()
    {
        using var sut = await SignInAsync("media-redacteur", "Editor");
        using var upload = await UploadAsync(sut, "/admin/media", "ongebruikt.png", Png, "image/png");

        var page = WebUtility.HtmlDecode(await sut.GetHtmlAsync("/admin/media/verwijderen?pad=ongebruikt.png"));

        Assert.DoesNotContain("wordt nog gebruikt", page, StringComparison.Ordinal);
        Assert.Contains("Ja, verwijderen", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaPages_AuthorWithoutManageMedia_RefusedForGetAndDirectPosts()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await using var content = new MemoryStream(Png);
            await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().UploadAsync(null, "beschermd.png", Png.Length, content, TestContext.Current.CancellationToken);
        }

        using var sut = await SignInAsync("media-auteur", "Author");
        var token = await sut.GetTokenAsync("/admin");

        using var list = await sut.GetAsync("/admin/media");
        using var upload = await UploadAsync(sut, "/admin/media", "auteur.png", Png, "image/png", token);
        using var folder = await sut.PostWithTokenAsync("/admin/media?handler=Folder", token, [new("FolderName", "auteursmap")]);
        using var delete = await sut.PostWithTokenAsync("/admin/media/verwijderen?pad=beschermd.png", token, [new("ConfirmInUse", "true")]);

        AssertForbidden(list);
        AssertForbidden(upload);
        AssertForbidden(folder);
        AssertForbidden(delete);
        Assert.False(File.Exists(MediaFile("auteur.png")));
        Assert.False(Directory.Exists(MediaFile("auteursmap")));
        Assert.True(File.Exists(MediaFile("beschermd.png")));
    }

    [Fact]
    public async Task Picker_AuthorEditingContent_ListsLibraryImagesOnly()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var library = scope.ServiceProvider.GetRequiredService<IMediaLibrary>();
            await library.CreateFolderAsync(null, "kiezer", TestContext.Current.CancellationToken);
            await using var image = new MemoryStream(Png);
            await library.UploadAsync("kiezer", "plaatje.png", Png.Length, image, TestContext.Current.CancellationToken);
            await using var pdf = new MemoryStream("%PDF-1.4\n"u8.ToArray());
            await library.UploadAsync("kiezer", "verslag.pdf", pdf.Length, pdf, TestContext.Current.CancellationToken);
        }

        using var sut = await SignInAsync("media-auteur", "Author");

        var json = JsonNode.Parse(await sut.GetHtmlAsync("/admin/media/kiezen"))!.AsArray();

        Assert.Contains(json, n => (string?)n!["path"] == "kiezer/plaatje.png");
        Assert.DoesNotContain(json, n => (string?)n!["path"] == "kiezer/verslag.pdf");
    }

    [Fact]
    public async Task EditorPage_MediaField_OffersLibraryPicker()
    {
        using var sut = await SignInAsync("media-redacteur", "Editor");

        var html = await sut.GetHtmlAsync("/admin/inhoud/nieuw/BlogPost");

        Assert.Contains("data-media-field", html, StringComparison.Ordinal);
        Assert.Contains("Kies uit de bibliotheek", html, StringComparison.Ordinal);
        Assert.Contains("media-picker.js", html, StringComparison.Ordinal);
    }

    private static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/geen-toegang", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> UploadAsync(AdminBrowser browser, string url, string fileName, byte[] bytes, string contentType, string? token = null) =>
        browser.UploadMediaAsync(url, fileName, bytes, contentType, token);

    private string MediaFile(string path) => Path.Combine(factory.DataPath, "media", path);

    private async Task<string> CreateBlogPostWithImageAsync(string title, string imagePath)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync("BlogPost", TestContext.Current.CancellationToken);
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Content["BlogPost"] = new JsonObject { ["Image"] = new JsonObject { ["Paths"] = new JsonArray(imagePath), ["MediaTexts"] = new JsonArray("Een beschrijving") } };
        await manager.CreateAsync(item, publish: true, TestContext.Current.CancellationToken);
        return item.ContentItemId;
    }

    private async Task<AdminBrowser> SignInAsync(string userName, string role)
    {
        await AdminBrowser.EnsureUserAsync(factory, userName, role);
        return await AdminBrowser.SignInAsync(factory, userName, AdminBrowser.TestPassword);
    }
}
