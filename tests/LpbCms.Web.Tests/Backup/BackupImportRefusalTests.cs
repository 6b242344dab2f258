using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using LpbCms.Core.Auditing;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Admin;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Backup;

/// <summary>
/// Hostile and unusable packages uploaded on the admin page are refused with a 4xx ProblemDetails
/// and nothing of them is stored (limits set low for this site: 20 entries, 64 KB unpacked).
/// </summary>
public sealed class BackupImportRefusalTests : IClassFixture<BackupImportRefusalTests.Site>
{
    private readonly LpbCmsFactory _site;

    public BackupImportRefusalTests(Site site) => _site = site.Factory;

    public static TheoryData<string, byte[]> HostilePackages() => new()
    {
        { "path", BackupPackages.Zip(("Package.json", BackupPackages.Utf8(BackupPackages.ValidManifest)), ("Recipe.json", BackupPackages.Utf8(BackupPackages.EmptyRecipe)), ("../ontsnapt.txt", BackupPackages.Utf8("x"))) },
        { "bomb", BackupPackages.Zip(("Package.json", BackupPackages.Utf8(BackupPackages.ValidManifest)), ("Recipe.json", BackupPackages.Utf8(BackupPackages.EmptyRecipe)), ("Media/nullen.pdf", new byte[1024 * 1024])) },
        { "entries", BackupPackages.Zip([("Package.json", BackupPackages.Utf8(BackupPackages.ValidManifest)), ("Recipe.json", BackupPackages.Utf8(BackupPackages.EmptyRecipe)), .. Enumerable.Range(0, 30).Select(i => ($"Media/f{i}.txt", BackupPackages.Utf8("x")))]) },
        { "version", BackupPackages.Zip(("Package.json", BackupPackages.Utf8("""{ "formatVersion": 99 }""")), ("Recipe.json", BackupPackages.Utf8(BackupPackages.EmptyRecipe))) },
        { "mismatch", BackupPackages.Zip(("Package.json", BackupPackages.Utf8(BackupPackages.ValidManifest)), ("Recipe.json", BackupPackages.Utf8(MediaRecipe("nep.png"))), ("Media/nep.png", BackupPackages.Utf8("<html><script>alert(1)</script></html>"))) },
        { "svg-script", BackupPackages.Zip(("Package.json", BackupPackages.Utf8(BackupPackages.ValidManifest)), ("Recipe.json", BackupPackages.Utf8(MediaRecipe("logo.svg"))), ("Media/logo.svg", BackupPackages.Utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"))) },
    };

    [Theory]
    [MemberData(nameof(HostilePackages))]
    public async Task Import_HostilePackage_RefusedWithProblemDetailsAndNothingStored(string name, byte[] package)
    {
        var before = await CountVersionsAsync();
        var mediaBefore = MediaFiles();
        using var admin = await AdminBrowser.SignInAsync(_site, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        using var response = await UploadAsync(admin, package);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Equal("Het back-uppakket is geweigerd", (string?)problem["title"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]), name);
        Assert.Equal(before, await CountVersionsAsync());
        Assert.False(File.Exists(Path.Combine(_site.DataPath, "ontsnapt.txt")));
        Assert.Equal(mediaBefore, MediaFiles());
        await using var scope = _site.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<IAuditStore>().QueryAsync(new AuditQuery { Action = "BackupImported" }, TestContext.Current.CancellationToken);
        Assert.Empty(audited.Items);
    }

    [Fact]
    public async Task Import_ValidPackageIntoSiteWithContent_RefusedAsConflict()
    {
        var package = BackupPackages.Zip(("Package.json", BackupPackages.Utf8(BackupPackages.ValidManifest)), ("Recipe.json", BackupPackages.Utf8(BackupPackages.EmptyRecipe)));
        using var admin = await AdminBrowser.SignInAsync(_site, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        using var response = await UploadAsync(admin, package);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("lege site", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FromBrowserWithoutToken_Refused()
    {
        using var admin = await AdminBrowser.SignInAsync(_site, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        using var response = await admin.PostFileAsync("/admin/backup?handler=Import", token: null, "Upload", "backup.zip", BackupPackages.Zip());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ImportCommand_UnknownFormatVersion_ExitsWithClearError()
    {
        using var folder = new TestFolder();
        var package = Path.Combine(folder.Path, "oud.zip");
        await File.WriteAllBytesAsync(package, BackupPackages.Zip(("Package.json", BackupPackages.Utf8("""{ "formatVersion": 99 }""")), ("Recipe.json", BackupPackages.Utf8(BackupPackages.EmptyRecipe))), TestContext.Current.CancellationToken);

        var outcome = await HostProcess.RunAsync(Path.Combine(folder.Path, "data"), "import", package);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: The package has format version 99", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing of the package was stored.", outcome.Error, StringComparison.Ordinal);
    }

    private static string MediaRecipe(string file) =>
        $$"""{ "name": "Backup", "steps": [ { "name": "media", "Files": [ { "TargetPath": "{{file}}", "SourcePath": "Media/{{file}}" } ] } ] }""";

    private static async Task<HttpResponseMessage> UploadAsync(AdminBrowser admin, byte[] package)
    {
        var token = await admin.GetTokenAsync("/admin/backup");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(package);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        content.Add(file, "Upload", "backup.zip");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/admin/backup?handler=Import", UriKind.Relative)) { Content = content };
        request.Headers.Accept.ParseAdd("application/problem+json");
        return await admin.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private string[] MediaFiles()
    {
        var media = Path.Combine(_site.DataPath, "media");
        return Directory.Exists(media) ? [.. Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];
    }

    private async Task<int> CountVersionsAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IContentStore>().QueryAsync(new ContentQuery { Scope = VersionScope.Latest, Take = 1 }, TestContext.Current.CancellationToken);
        return result.TotalCount;
    }

    /// <summary>The LPB site with small backup limits, so a zip bomb and too many entries are cheap to build.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public LpbCmsFactory Factory { get; } = LpbCmsFactory.Create(settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LpbCms:Backup:MaxEntries"] = "20",
            ["LpbCms:Backup:MaxUncompressedBytes"] = "65536",
        });

        public ValueTask InitializeAsync() => Factory.InitializeAsync();

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
