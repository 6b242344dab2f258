using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>
/// Every standard role (and an anonymous visitor) against every guarded admin action, as direct POSTs
/// with a valid antiforgery token for that identity (so the UI hiding a button proves nothing): the
/// allowed ones take effect, the refused ones are sent to the login or no-access page and change nothing.
/// The content actions target an item owned by the administrator, so "own item" rules do not apply.
/// </summary>
public sealed class AdminPermissionMatrixTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    private const string Anonymous = "Anonymous";

    private static readonly string[] Roles = ["Administrator", "Editor", "Author", "Contributor", Anonymous];

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    /// <summary>Which roles may perform each action (Orchard's stereotypes, except that an Author cannot publish).</summary>
    private static readonly Dictionary<string, string[]> AllowedRoles = new(StringComparer.Ordinal)
    {
        ["create"] = ["Administrator", "Editor", "Author"],
        ["save-draft"] = ["Administrator", "Editor"],
        ["publish"] = ["Administrator", "Editor"],
        ["unpublish"] = ["Administrator", "Editor"],
        ["delete"] = ["Administrator", "Editor"],
        ["clone"] = ["Administrator", "Editor"],
        ["manage-users"] = ["Administrator"],
        ["manage-roles"] = ["Administrator"],
        ["run-recipe"] = ["Administrator"],
        ["edit-types"] = ["Administrator"],
        ["media-upload"] = ["Administrator", "Editor"],
    };

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (action, allowed) in AllowedRoles)
        {
            foreach (var role in Roles)
            {
                data.Add(role, action, allowed.Contains(role, StringComparer.Ordinal));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DirectPost_RoleAndAction_AllowedTakesEffectRefusedChangesNothing(string role, string action, bool allowed)
    {
        var key = $"matrix-{role}-{action}".ToLowerInvariant();
        var probe = await ArrangeAsync(action, key);
        using var sut = await BrowserForAsync(role);
        var token = await TokenForAsync(sut, role);

        using var response = await probe.Act(sut, token);

        if (allowed)
        {
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{role} {action} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("/admin/geen-toegang", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
            Assert.True(await probe.Changed(), $"{role} may {action}, but nothing changed.");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var refusedTo = role == Anonymous ? "http://localhost/admin/login" : "http://localhost/admin/geen-toegang";
            Assert.StartsWith(refusedTo, response.Headers.Location?.ToString(), StringComparison.Ordinal);
            Assert.False(await probe.Changed(), $"{role} may not {action}, but something changed.");
        }
    }

    private async Task<Probe> ArrangeAsync(string action, string key) =>
        action is "create" or "save-draft" or "publish" or "unpublish" or "delete" or "clone"
            ? await ArrangeContentAsync(action, key)
            : ArrangeAdministration(action, key);

    /// <summary>A content action, on an item the administrator owns (created here when the action needs one).</summary>
    private async Task<Probe> ArrangeContentAsync(string action, string key)
    {
        switch (action)
        {
            case "create":
                return new Probe(
                    (b, t) => b.PostWithTokenAsync("/admin/inhoud/nieuw/Page", t, PageFields(key, "opslaan")),
                    async () => await CountAsync(key) == 1);
            case "save-draft":
            {
                var id = await CreateAsAdminAsync(key, publish: false);
                var form = await AdminFormAsync($"/admin/inhoud/{id}");
                return new Probe(
                    (b, t) => b.PostWithTokenAsync($"/admin/inhoud/{id}", t,
                        [.. PageFields(key + "-gewijzigd", "opslaan"), new("BaseVersionId", AdminBrowser.HiddenValue(form, "BaseVersionId")), new("BaseRevision", AdminBrowser.HiddenValue(form, "BaseRevision"))]),
                    async () => (await GetAsync(id, VersionScope.Latest))?.DisplayText == key + "-gewijzigd");
            }

            case "publish":
            {
                var id = await CreateAsAdminAsync(key, publish: false);
                return new Probe((b, t) => b.PostWithTokenAsync($"/admin/inhoud/{id}/actie/publiceren", t, []), async () => await GetAsync(id, VersionScope.Published) is not null);
            }

            case "unpublish":
            {
                var id = await CreateAsAdminAsync(key, publish: true);
                return new Probe((b, t) => b.PostWithTokenAsync($"/admin/inhoud/{id}/actie/depubliceren", t, []), async () => await GetAsync(id, VersionScope.Published) is null);
            }

            case "delete":
            {
                var id = await CreateAsAdminAsync(key, publish: false);
                return new Probe((b, t) => b.PostWithTokenAsync($"/admin/inhoud/{id}/verwijderen", t, []), async () => await GetAsync(id, VersionScope.Latest) is null);
            }

            case "clone":
            {
                var id = await CreateAsAdminAsync(key, publish: false);
                return new Probe((b, t) => b.PostWithTokenAsync($"/admin/inhoud/{id}/actie/kopieren", t, []), async () => await CountAsync(key) == 2);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown content action in the permission matrix.");
        }
    }

    private Probe ArrangeAdministration(string action, string key)
    {
        switch (action)
        {

            case "manage-users":
                return new Probe(
                    (b, t) => b.PostWithTokenAsync("/admin/gebruikers/nieuw", t,
                        [new("UserName", key), new("Email", key + "@example.org"), new("Password", AdminBrowser.TestPassword), new("IsEnabled", "true"), new("Roles", "Author")]),
                    async () => await WithAsync<UserManager<LpbUser>, bool>(async users => await users.FindByNameAsync(key) is not null));
            case "manage-roles":
                return new Probe(
                    (b, t) => b.PostWithTokenAsync("/admin/rollen", t, [new("Name", key), new("Description", "Uit de matrix")]),
                    async () => await WithAsync<RoleManager<LpbRole>, bool>(async roles => await roles.FindByNameAsync(key) is not null));
            case "run-recipe":
                return new Probe(
                    (b, t) => b.PostFileAsync("/admin/recepten", t, "Upload", key + ".recipe.json", Recipe(key)),
                    async () => await GetAsync(key, VersionScope.Latest) is not null);
            case "edit-types":
            {
                var typeName = "Matrix" + string.Concat(key.Split('-').Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
                return new Probe(
                    (b, t) => b.PostWithTokenAsync("/admin/typen", t, [new("NewName", typeName), new("NewDisplayName", typeName)]),
                    async () => await WithAsync<IContentDefinitionManager, bool>(async definitions =>
                        (await definitions.GetDocumentAsync(TestContext.Current.CancellationToken)).FindType(typeName) is not null));
            }

            case "media-upload":
                return new Probe((b, t) => UploadAsync(b, t, key + ".png"), () => Task.FromResult(File.Exists(Path.Combine(factory.DataPath, "media", key + ".png"))));
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action in the permission matrix.");
        }
    }

    private async Task<AdminBrowser> BrowserForAsync(string role)
    {
        if (role == Anonymous)
        {
            return AdminBrowser.Anonymous(factory);
        }

        var userName = "matrix-" + role.ToLowerInvariant();
        await AdminBrowser.EnsureUserAsync(factory, userName, role);
        return await AdminBrowser.SignInAsync(factory, userName, AdminBrowser.TestPassword);
    }

    /// <summary>A token valid for the browser's identity, read from a page that identity can open (the no-access page for a Contributor, who has no admin panel).</summary>
    private static async Task<string> TokenForAsync(AdminBrowser browser, string role)
    {
        var page = role switch
        {
            Anonymous => "/admin/login",
            "Contributor" => "/admin/geen-toegang",
            _ => "/admin",
        };
        using var response = await browser.GetAsync(page);
        return AdminBrowser.TokenOf(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private async Task<string> CreateAsAdminAsync(string title, bool publish)
    {
        using var admin = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);
        using var response = await admin.PostFormAsync("/admin/inhoud/nieuw/Page", "/admin/inhoud/nieuw/Page", PageFields(title, publish ? "publiceren" : "opslaan"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString["/admin/inhoud/".Length..];
    }

    private async Task<string> AdminFormAsync(string url)
    {
        using var admin = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);
        return await admin.GetHtmlAsync(url);
    }

    private static List<KeyValuePair<string, string>> PageFields(string title, string action) =>
        [new("c:TitlePart.Title", title), new("c:AutoroutePart.Path", ""), new("c:HtmlBodyPart.Html", "<p>Matrix</p>"), new("Action", action)];

    private static byte[] Recipe(string itemId) => Encoding.UTF8.GetBytes($$"""
        {
          "name": "{{itemId}}",
          "steps": [
            { "name": "content", "data": [ { "ContentItemId": "{{itemId}}", "ContentType": "Page", "DisplayText": "{{itemId}}", "Latest": true, "Published": false, "TitlePart": { "Title": "{{itemId}}" } } ] }
          ]
        }
        """);

    private static async Task<HttpResponseMessage> UploadAsync(AdminBrowser browser, string token, string fileName)
    {
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(file, "Uploads", fileName);
        return await browser.Client.PostAsync(new Uri("/admin/media", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    private Task<ContentItem?> GetAsync(string id, VersionScope scope) =>
        WithAsync<IContentStore, ContentItem?>(store => store.GetAsync(id, scope, TestContext.Current.CancellationToken));

    private Task<int> CountAsync(string title) =>
        WithAsync<IContentStore, int>(async store =>
            (await store.QueryAsync(new ContentQuery { Scope = VersionScope.Latest, DisplayTextContains = title }, TestContext.Current.CancellationToken)).TotalCount);

    private async Task<TResult> WithAsync<TService, TResult>(Func<TService, Task<TResult>> use)
        where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private sealed record Probe(Func<AdminBrowser, string, Task<HttpResponseMessage>> Act, Func<Task<bool>> Changed);
}
