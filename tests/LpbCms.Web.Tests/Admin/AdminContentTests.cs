using System.Net;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>
/// Content editing through the admin's forms: own-item rules per role (also for direct POSTs that
/// bypass the UI), validation next to fields, sanitizing, conflict detection and lifecycle actions.
/// </summary>
public sealed class AdminContentTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    private const string Author = "auteur";
    private const string OtherAuthor = "andere-auteur";
    private const string Editor = "redacteur";

    [Fact]
    public async Task Create_AuthorSavesDraft_OwnsItAndCanEditIt()
    {
        using var sut = await SignInAsync(Author, "Author");

        var id = await CreatePageAsync(sut, "Pagina van de auteur", publish: false);

        var item = await GetAsync(id, VersionScope.Latest);
        Assert.NotNull(item);
        Assert.False(item.Published);
        Assert.Equal(await AdminBrowser.EnsureUserAsync(factory, Author), item.Owner);
        var html = await sut.GetHtmlAsync($"/admin/inhoud/{id}");
        Assert.Contains("Opslaan als concept", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"publiceren\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AuthorPostsPublishDirectly_IsForbiddenAndNothingStored()
    {
        using var sut = await SignInAsync(Author, "Author");

        using var response = await sut.PostFormAsync("/admin/inhoud/nieuw/Page", "/admin/inhoud/nieuw/Page", PageFields("Stiekem gepubliceerd", "publiceren"));

        AssertForbidden(response);
        Assert.Equal(0, await CountAsync("Stiekem gepubliceerd"));
    }

    [Fact]
    public async Task Publish_AuthorOwnItemByDirectPost_IsForbidden()
    {
        using var sut = await SignInAsync(Author, "Author");
        var id = await CreatePageAsync(sut, "Eigen concept", publish: false);

        using var response = await sut.PostFormAsync("/admin/inhoud", $"/admin/inhoud/{id}/actie/publiceren", []);

        AssertForbidden(response);
        Assert.Null(await GetAsync(id, VersionScope.Published));
    }

    [Fact]
    public async Task Edit_AuthorOnAnotherUsersItem_IsForbiddenForGetAndPost()
    {
        using var owner = await SignInAsync(OtherAuthor, "Author");
        var id = await CreatePageAsync(owner, "Van een ander", publish: false);
        using var sut = await SignInAsync(Author, "Author");

        using var get = await sut.GetAsync($"/admin/inhoud/{id}");
        using var post = await sut.PostFormAsync("/admin/inhoud", $"/admin/inhoud/{id}", [.. PageFields("Overgenomen", "opslaan"), new("BaseVersionId", "x"), new("BaseRevision", "0")]);
        using var delete = await sut.PostFormAsync("/admin/inhoud", $"/admin/inhoud/{id}/verwijderen", []);

        AssertForbidden(get);
        AssertForbidden(post);
        AssertForbidden(delete);
        Assert.Equal("Van een ander", (await GetAsync(id, VersionScope.Latest))?.DisplayText);
    }

    [Fact]
    public async Task Delete_AuthorOwnItem_IsAllowed()
    {
        using var sut = await SignInAsync(Author, "Author");
        var id = await CreatePageAsync(sut, "Weg ermee", publish: false);

        using var response = await sut.PostFormAsync($"/admin/inhoud/{id}/verwijderen", $"/admin/inhoud/{id}/verwijderen", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await GetAsync(id, VersionScope.Latest));
    }

    [Fact]
    public async Task Publish_EditorOnAuthorsItem_PublishesIt()
    {
        using var author = await SignInAsync(Author, "Author");
        var id = await CreatePageAsync(author, "Door de redactie te publiceren", publish: false);
        using var sut = await SignInAsync(Editor, "Editor");

        using var response = await sut.PostFormAsync("/admin/inhoud", $"/admin/inhoud/{id}/actie/publiceren", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await GetAsync(id, VersionScope.Published));
    }

    [Fact]
    public async Task Save_RequiredFieldEmpty_ShowsDutchMessageNextToFieldAndKeepsInput()
    {
        using var sut = await SignInAsync(Editor, "Editor");

        using var response = await sut.PostFormAsync("/admin/inhoud/nieuw/Gift", "/admin/inhoud/nieuw/Gift",
            [new("c:TitlePart.Title", "Cadeau zonder auteurs"), new("c:Gift.Authors.Text", ""), new("c:Gift.Organisation.Text", "LSA"), new("Action", "opslaan")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Het item is niet opgeslagen", html, StringComparison.Ordinal);
        var authorsField = html[html.IndexOf("data-key=\"Gift.Authors\"", StringComparison.Ordinal)..];
        Assert.Contains("Dit veld is verplicht.", authorsField[..authorsField.IndexOf("data-key=\"Gift.Organisation\"", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("value=\"Cadeau zonder auteurs\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("Cadeau zonder auteurs"));
    }

    [Fact]
    public async Task Save_HtmlWithScript_IsSanitized()
    {
        using var sut = await SignInAsync(Editor, "Editor");

        var id = await CreatePageAsync(sut, "Met script", publish: false, html: "<p>Hallo <strong>wereld</strong></p><script>alert(1)</script><img src=x onerror=alert(2)>");

        var html = (await GetAsync(id, VersionScope.Latest))!.Content["HtmlBodyPart"]!["Html"]!.GetValue<string>();
        Assert.Contains("<strong>wereld</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Save_AfterAnotherEditorSaved_ShowsConflictKeepsInputAndStoresNothing()
    {
        using var first = await SignInAsync(Editor, "Editor");
        var id = await CreatePageAsync(first, "Conflictpagina", publish: false);
        await AdminBrowser.EnsureUserAsync(factory, "tweede-redacteur", "Editor");
        using var second = await AdminBrowser.SignInAsync(factory, "tweede-redacteur", AdminBrowser.TestPassword);
        var firstForm = await first.GetHtmlAsync($"/admin/inhoud/{id}");
        using var secondSave = await SaveAsync(second, id, "Titel van de tweede");
        Assert.Equal(HttpStatusCode.Redirect, secondSave.StatusCode);

        using var response = await first.PostWithTokenAsync($"/admin/inhoud/{id}", AdminBrowser.TokenOf(firstForm),
        [
            .. PageFields("Titel van de eerste", "opslaan"),
            new("BaseVersionId", AdminBrowser.HiddenValue(firstForm, "BaseVersionId")),
            new("BaseRevision", AdminBrowser.HiddenValue(firstForm, "BaseRevision")),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Iemand anders heeft dit item intussen gewijzigd", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Titel van de eerste\"", html, StringComparison.Ordinal);
        Assert.Equal("Titel van de tweede", (await GetAsync(id, VersionScope.Latest))?.DisplayText);
    }

    [Fact]
    public async Task History_RestoreFirstVersion_MakesItTheNewDraft()
    {
        using var sut = await SignInAsync(Editor, "Editor");
        var id = await CreatePageAsync(sut, "Eerste versie", publish: true);
        using var edit = await SaveAsync(sut, id, "Tweede versie", action: "publiceren");
        var history = await sut.GetHtmlAsync($"/admin/inhoud/{id}/geschiedenis");
        Assert.Contains("<del>Eerste versie</del>", history, StringComparison.Ordinal);
        Assert.Contains("<ins>Tweede versie</ins>", history, StringComparison.Ordinal);
        var versions = await VersionsAsync(id);

        using var response = await sut.PostWithTokenAsync($"/admin/inhoud/{id}/actie/herstellen", AdminBrowser.TokenOf(history), [new("VersionId", versions[0].ContentItemVersionId)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var latest = await GetAsync(id, VersionScope.Latest);
        Assert.Equal("Eerste versie", latest?.DisplayText);
        Assert.False(latest?.Published);
        Assert.Equal("Tweede versie", (await GetAsync(id, VersionScope.Published))?.DisplayText);
    }

    [Fact]
    public async Task List_FilterBySearchAndDraftStatus_ShowsMatchingRowsWithPermittedActions()
    {
        using var sut = await SignInAsync(Author, "Author");
        await CreatePageAsync(sut, "Zoekbare conceptpagina", publish: false);

        var html = await sut.GetHtmlAsync("/admin/inhoud?status=concept&q=zoekbare+concept");

        Assert.Contains("1 item gevonden.", html, StringComparison.Ordinal);
        Assert.Contains("Zoekbare conceptpagina", html, StringComparison.Ordinal);
        Assert.DoesNotContain("actie/publiceren", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_DraftOfOwnItem_IsRenderedByTheThemeWithoutPublishing()
    {
        using var sut = await SignInAsync(Author, "Author");
        var id = await CreatePageAsync(sut, "Concept voor het voorbeeld", publish: false, html: "<p>Nog niet live</p>");

        using var response = await sut.GetAsync($"/admin/inhoud/{id}/voorbeeld");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("class=\"site-header\"", html, StringComparison.Ordinal);
        Assert.Contains("Concept voor het voorbeeld", html, StringComparison.Ordinal);
        Assert.Contains("Nog niet live", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Voorbeeld niet beschikbaar", html, StringComparison.Ordinal);
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag"));
        Assert.Null(await GetAsync(id, VersionScope.Published));
    }

    [Fact]
    public async Task Preview_AuthorOnAnotherUsersItem_IsForbidden()
    {
        using var owner = await SignInAsync(OtherAuthor, "Author");
        var id = await CreatePageAsync(owner, "Geheim concept", publish: false);
        using var sut = await SignInAsync(Author, "Author");

        using var response = await sut.GetAsync($"/admin/inhoud/{id}/voorbeeld");

        AssertForbidden(response);
    }

    private static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/geen-toegang", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> PageFields(string title, string action, string html = "<p>Tekst</p>") =>
        [new("c:TitlePart.Title", title), new("c:AutoroutePart.Path", ""), new("c:HtmlBodyPart.Html", html), new("Action", action)];

    private async Task<AdminBrowser> SignInAsync(string userName, string role)
    {
        await AdminBrowser.EnsureUserAsync(factory, userName, role);
        return await AdminBrowser.SignInAsync(factory, userName, AdminBrowser.TestPassword);
    }

    private static async Task<string> CreatePageAsync(AdminBrowser browser, string title, bool publish, string html = "<p>Tekst</p>")
    {
        using var response = await browser.PostFormAsync("/admin/inhoud/nieuw/Page", "/admin/inhoud/nieuw/Page", PageFields(title, publish ? "publiceren" : "opslaan", html));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString["/admin/inhoud/".Length..];
    }

    private static async Task<HttpResponseMessage> SaveAsync(AdminBrowser browser, string id, string title, string action = "opslaan")
    {
        var form = await browser.GetHtmlAsync($"/admin/inhoud/{id}");
        return await browser.PostWithTokenAsync($"/admin/inhoud/{id}", AdminBrowser.TokenOf(form),
        [
            .. PageFields(title, action),
            new("BaseVersionId", AdminBrowser.HiddenValue(form, "BaseVersionId")),
            new("BaseRevision", AdminBrowser.HiddenValue(form, "BaseRevision")),
        ]);
    }

    private async Task<ContentItem?> GetAsync(string id, VersionScope scope)
    {
        await using var scopeServices = factory.Services.CreateAsyncScope();
        return await scopeServices.ServiceProvider.GetRequiredService<IContentStore>().GetAsync(id, scope, TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<ContentItem>> VersionsAsync(string id)
    {
        await using var scopeServices = factory.Services.CreateAsyncScope();
        return await scopeServices.ServiceProvider.GetRequiredService<IContentStore>().GetVersionsAsync(id, TestContext.Current.CancellationToken);
    }

    private async Task<int> CountAsync(string title)
    {
        await using var scopeServices = factory.Services.CreateAsyncScope();
        var result = await scopeServices.ServiceProvider.GetRequiredService<IContentStore>()
            .QueryAsync(new ContentQuery { Scope = VersionScope.Latest, DisplayTextContains = title }, TestContext.Current.CancellationToken);
        return result.TotalCount;
    }
}
