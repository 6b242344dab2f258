using System.Net;
using LpbCms.Core.Auditing;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>
/// Every administrative action leaves an audit entry saying who did what to which target, made
/// through the admin's own pages on the real host; a refused action leaves none.
/// </summary>
public sealed class AdminAuditCoverageTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    [Fact]
    public async Task Media_UploadCreateFolderAndDelete_EachAuditedWithPath()
    {
        using var sut = await AdminAsync();

        using var folder = await sut.PostFormAsync("/admin/media", "/admin/media?handler=Folder", [new("FolderName", "Logboekmap")]);
        using var upload = await UploadAsync(sut, "/admin/media?map=Logboekmap", "logboek.png", AdminMediaTests.Png);
        using var deleteFile = await sut.PostFormAsync("/admin/media", "/admin/media/verwijderen?pad=Logboekmap%2Flogboek.png", []);
        using var deleteFolder = await sut.PostFormAsync("/admin/media", "/admin/media/verwijderen?pad=Logboekmap", []);

        Assert.All([folder, upload, deleteFile, deleteFolder], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        await AssertAuditedAsync("MediaFolderCreated", "Logboekmap");
        await AssertAuditedAsync("MediaUploaded", "Logboekmap/logboek.png");
        await AssertAuditedAsync("MediaDeleted", "Logboekmap/logboek.png");
        await AssertAuditedAsync("MediaFolderDeleted", "Logboekmap");
    }

    [Fact]
    public async Task Media_RefusedUpload_LeavesNoEntry()
    {
        using var sut = await AdminAsync();

        using var response = await UploadAsync(sut, "/admin/media", "geweigerd.exe", [0x4D, 0x5A]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(await AuditAsync("MediaUploaded"), e => e.Details!.Contains("geweigerd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_Download_IsAudited()
    {
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync("/admin/export", "/admin/export", [new("DefinitionTypes", "Gift")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertAuditedAsync("ExportDownloaded", "Gift");
    }

    [Fact]
    public async Task Backup_Download_IsAudited()
    {
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync("/admin/backup", "/admin/backup?handler=Export", [new("Versions", "all")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertAuditedAsync("BackupExported", "All");
    }

    [Fact]
    public async Task ContentTypes_EveryDefinitionChange_IsAuditedWithTypeAndTarget()
    {
        using var sut = await AdminAsync();

        using var create = await sut.PostFormAsync("/admin/typen", "/admin/typen", [new("NewName", "Logboektype")]);
        await TypeChangeAsync(sut, "AddPart", [new("Part", "AutoroutePart")]);
        await TypeChangeAsync(sut, "RemovePart", [new("Part", "AutoroutePart")]);
        await TypeChangeAsync(sut, "AddField", [new("Field", "Logboekveld"), new("FieldType", "TextField")]);
        using var field = await sut.PostFormAsync("/admin/typen/Logboektype/velden/Logboekveld", "/admin/typen/Logboektype/velden/Logboekveld", [new("DisplayName", "Veld")]);
        await TypeChangeAsync(sut, "RemoveField", [new("Field", "Logboekveld")]);
        await TypeChangeAsync(sut, "Settings", [new("DisplayName", "Logboektype (gewijzigd)"), new("Listable", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, field.StatusCode);
        await AssertAuditedAsync("ContentTypeCreated", "Logboektype");
        await AssertAuditedAsync("ContentTypePartAdded", "AutoroutePart");
        await AssertAuditedAsync("ContentTypePartRemoved", "AutoroutePart");
        await AssertAuditedAsync("ContentFieldAdded", "Logboekveld");
        await AssertAuditedAsync("ContentFieldChanged", "Logboekveld");
        await AssertAuditedAsync("ContentFieldRemoved", "Logboekveld");
        await AssertAuditedAsync("ContentTypeChanged", "Logboektype (gewijzigd)");
    }

    [Fact]
    public async Task ContentTypes_RefusedChange_LeavesNoEntry()
    {
        using var sut = await AdminAsync();

        using var create = await sut.PostFormAsync("/admin/typen", "/admin/typen", [new("NewName", "1 ongeldig")]);
        using var part = await sut.PostFormAsync("/admin/typen/Gift", "/admin/typen/Gift?handler=AddPart", [new("Part", "BestaatNietPart")]);

        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        Assert.DoesNotContain(await AuditAsync("ContentTypeCreated"), e => e.Details!.Contains("ongeldig", StringComparison.Ordinal));
        Assert.DoesNotContain(await AuditAsync("ContentTypePartAdded"), e => e.Details!.Contains("BestaatNietPart", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Users_DisableAndChangeRoles_EachGetTheirOwnEntry()
    {
        var id = await AdminBrowser.EnsureUserAsync(factory, "logboek-gebruiker", "Author");
        using var sut = await AdminAsync();

        using var response = await sut.PostFormAsync($"/admin/gebruikers/{id}", $"/admin/gebruikers/{id}",
            [new("Email", "logboek-gebruiker@example.org"), new("Roles", "Editor")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertAuditedAsync("UserDisabled", "logboek-gebruiker");
        var roles = await AssertAuditedAsync("UserRolesChanged", "logboek-gebruiker");
        Assert.Contains("Editor", roles.Details!, StringComparison.Ordinal);
        Assert.Contains("Author", roles.Details!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_CreateAndChangePermissions_AreAudited()
    {
        using var sut = await AdminAsync();

        using var create = await sut.PostFormAsync("/admin/rollen", "/admin/rollen", [new("Name", "Logboekrol")]);
        using var edit = await sut.PostFormAsync("/admin/rollen/Logboekrol", "/admin/rollen/Logboekrol", [new("Permissions", "AccessAdminPanel")]);

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        await AssertAuditedAsync("RoleCreated", "Logboekrol");
        var permissions = await AssertAuditedAsync("RolePermissionsChanged", "Logboekrol");
        Assert.Contains("AccessAdminPanel", permissions.Details!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiClients_CreateAndRevoke_AreAuditedWithClientId()
    {
        using var sut = await AdminAsync();

        using var create = await sut.PostFormAsync("/admin/api-clients", "/admin/api-clients", [new("ClientId", "logboek-client"), new("Roles", "Author")]);
        using var revoke = await sut.PostFormAsync("/admin/api-clients", "/admin/api-clients?handler=Revoke&id=logboek-client", []);

        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        await AssertAuditedAsync("ApiClientCreated", "logboek-client");
        await AssertAuditedAsync("ApiClientRevoked", "logboek-client");
    }

    [Fact]
    public async Task AuditPage_FilterOnNewAction_ShowsDutchLabelAndOnlyThoseEntries()
    {
        using var sut = await AdminAsync();
        using var upload = await UploadAsync(sut, "/admin/media", "filterbaar.png", AdminMediaTests.Png);
        using var export = await sut.PostFormAsync("/admin/export", "/admin/export", [new("DefinitionTypes", "Gift")]);

        var html = System.Net.WebUtility.HtmlDecode(await sut.GetHtmlAsync($"/admin/logboek?actie=MediaUploaded&gebruiker={LpbCmsFactory.AdminUserName}"));

        Assert.Contains("<option value=\"MediaUploaded\" selected=\"selected\">Mediabestand geüpload</option>", html, StringComparison.Ordinal);
        Assert.Contains("filterbaar.png", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Export gedownload</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_FilterOnKind_ShowsEveryActionOfThatKindOnly()
    {
        using var sut = await AdminAsync();
        using var upload = await UploadAsync(sut, "/admin/media", "soortfilter.png", AdminMediaTests.Png);
        using var folder = await sut.PostFormAsync("/admin/media", "/admin/media?handler=Folder", [new("FolderName", "Soortfiltermap")]);
        using var export = await sut.PostFormAsync("/admin/export", "/admin/export", [new("DefinitionTypes", "Gift")]);

        var html = System.Net.WebUtility.HtmlDecode(await sut.GetHtmlAsync($"/admin/logboek?soort=media&gebruiker={LpbCmsFactory.AdminUserName}"));

        Assert.Contains("<option value=\"media\" selected=\"selected\">Media</option>", html, StringComparison.Ordinal);
        Assert.Contains("soortfilter.png", html, StringComparison.Ordinal);
        Assert.Contains("Soortfiltermap", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Export gedownload</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Aangemeld</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_UnknownKind_SaysSoInDutch()
    {
        using var sut = await AdminAsync();

        var html = await sut.GetHtmlAsync("/admin/logboek?soort=bestaat-niet");

        Assert.Contains("Kies een soort gebeurtenis uit de lijst.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("gevonden.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditActions_EachHasADutchLabelAndExactlyOneKind()
    {
        var actions = typeof(LpbCms.Admin.Auditing.AuditActions)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.All(actions, a => Assert.NotEqual(a, LpbCms.Admin.Auditing.AuditActionLabels.For(a)));
        Assert.All(actions, a => Assert.Single(LpbCms.Admin.Auditing.AuditActionKinds.All, k => k.Actions.Contains(a)));
        Assert.Equal(actions.Order(StringComparer.Ordinal), LpbCms.Admin.Auditing.AuditActions.All.Order(StringComparer.Ordinal));
    }

    private Task<AdminBrowser> AdminAsync() => AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

    private static async Task TypeChangeAsync(AdminBrowser browser, string handler, List<KeyValuePair<string, string>> fields)
    {
        using var response = await browser.PostFormAsync("/admin/typen/Logboektype", $"/admin/typen/Logboektype?handler={handler}", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{handler} answered {(int)response.StatusCode}");
    }

    private static Task<HttpResponseMessage> UploadAsync(AdminBrowser browser, string url, string fileName, byte[] bytes) =>
        browser.UploadMediaAsync(url, fileName, bytes, "application/octet-stream");

    /// <summary>The entry of <paramref name="action"/> by the admin whose details name <paramref name="target"/>.</summary>
    private async Task<AuditEvent> AssertAuditedAsync(string action, string target)
    {
        var entries = await AuditAsync(action);
        var entry = entries.FirstOrDefault(e => e.Details is { } details && details.Contains(target, StringComparison.Ordinal));
        Assert.True(entry is not null, $"No {action} entry names '{target}'; found: {string.Join(" | ", entries.Select(e => e.Details))}");
        Assert.Equal(LpbCmsFactory.AdminUserName, entry.UserName);
        Assert.NotNull(entry.UserId);
        return entry;
    }

    private async Task<IReadOnlyList<AuditEvent>> AuditAsync(string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IAuditStore>().QueryAsync(new AuditQuery { Action = action }, TestContext.Current.CancellationToken)).Items;
    }
}
