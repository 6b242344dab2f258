using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Media;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Admin;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Backup;

/// <summary>
/// Backup and restore through the real host: the LPB site plus a draft, an extra version, media and
/// an API client, exported from the admin page, imported by the command line into a new data
/// folder and exported again by the command line, gives the same normalised Recipe.json and the
/// same media files (SHA-256).
/// </summary>
public sealed class BackupRoundTripTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    [Fact]
    public async Task Backup_RestoredIntoEmptySiteAndExportedAgain_IsEqual()
    {
        await SeedAsync();
        using var admin = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);
        using var response = await admin.PostFormAsync("/admin/backup", "/admin/backup?handler=Export", [new("Versions", "all")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var original = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var folder = new TestFolder();
        var package = Path.Combine(folder.Path, "backup.zip");
        await File.WriteAllBytesAsync(package, original, TestContext.Current.CancellationToken);
        var restoredData = Path.Combine(folder.Path, "restored");

        var import = await HostProcess.RunAsync(restoredData, "import", package);
        var again = await HostProcess.RunAsync(restoredData, "export", Path.Combine(folder.Path, "again.zip"), "--versions", "all");

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains("API client 'backup-client'", import.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.Output + again.Error);
        var exported = await File.ReadAllBytesAsync(Path.Combine(folder.Path, "again.zip"), TestContext.Current.CancellationToken);
        var before = BackupPackages.NormalisedRecipe(original);
        var after = BackupPackages.NormalisedRecipe(exported);
        Assert.True(JsonNode.DeepEquals(before, after), $"Recipe.json differs after the round trip:\n{before.ToJsonString()}\n---\n{after.ToJsonString()}");
        Assert.Equal(BackupPackages.MediaHashes(original), BackupPackages.MediaHashes(exported));
        Assert.Contains("Media/backup/foto.png", BackupPackages.MediaHashes(original).Keys);
        AssertHoldsEverything(before);
    }

    [Fact]
    public async Task Backup_LatestVersions_LeavesOutOldVersionsButKeepsPublishedBesideDraft()
    {
        var id = await SeedAsync();
        using var admin = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        using var response = await admin.PostFormAsync("/admin/backup", "/admin/backup?handler=Export", [new("Versions", "latest")]);

        var recipe = BackupPackages.NormalisedRecipe(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var versions = Items(recipe).Where(i => (string?)i["ContentItemId"] == id).ToList();
        Assert.Equal(2, versions.Count);
        Assert.True((bool)versions[0]["Published"]! && !(bool)versions[0]["Latest"]!);
        Assert.True((bool)versions[1]["Latest"]! && !(bool)versions[1]["Published"]!);
    }

    private static void AssertHoldsEverything(JsonObject recipe)
    {
        var steps = recipe["steps"]!.AsArray().Select(s => (string)s!["name"]!).ToList();
        Assert.Equal(["ContentDefinition", "settings", "Roles", "OpenIdApplication", "media"], steps.Take(5));
        Assert.All(steps.Skip(5), s => Assert.Equal("content", s));
        var client = recipe["steps"]!.AsArray().First(s => (string?)s!["name"] == "OpenIdApplication")!.AsObject();
        Assert.False(client.ContainsKey("ClientSecret"));
        Assert.Null(recipe["steps"]![1]!["Setup"]);
        Assert.Contains(Items(recipe), i => (string?)i["DisplayText"] == "Back-uptest (derde versie, concept)");
        Assert.Contains(Items(recipe), i => (string?)i["DisplayText"] == "Back-uptest (eerste versie)" && !(bool)i["Latest"]! && !(bool)i["Published"]!);
    }

    private static IEnumerable<JsonObject> Items(JsonObject recipe) =>
        recipe["steps"]!.AsArray().Where(s => (string?)s!["name"] == "content").SelectMany(s => s!["Data"]!.AsArray()).Select(i => i!.AsObject());

    /// <summary>A versioned page with an old version, a published one and a draft on top; a media file; an API client. Once per site.</summary>
    private async Task<string> SeedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var ct = TestContext.Current.CancellationToken;
        var manager = services.GetRequiredService<IContentManager>();
        var seeded = await services.GetRequiredService<IContentStore>().QueryAsync(new ContentQuery { Scope = VersionScope.Latest, DisplayTextContains = "Back-uptest" }, ct);
        if (seeded.Items.Count > 0)
        {
            return seeded.Items[0].ContentItemId;
        }

        var item = await manager.NewAsync("Page", ct);
        item.Content["TitlePart"] = new JsonObject { ["Title"] = "Back-uptest (eerste versie)" };
        await manager.CreateAsync(item, publish: true, ct);
        await SaveAsync(manager, item.ContentItemId, "Back-uptest (tweede versie)", publish: true);
        await SaveAsync(manager, item.ContentItemId, "Back-uptest (derde versie, concept)", publish: false);
        await using (var png = new MemoryStream(BackupPackages.Png))
        {
            await services.GetRequiredService<IMediaLibrary>().UploadAsync("backup", "foto.png", png.Length, png, ct);
        }

        await services.GetRequiredService<IApiClientManager>().CreateAsync("backup-client", "Back-upclient", ["Editor"], ct);
        return item.ContentItemId;
    }

    private static async Task SaveAsync(IContentManager manager, string id, string title, bool publish)
    {
        var item = (await manager.GetForEditAsync(id, TestContext.Current.CancellationToken))!;
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        await manager.SaveDraftAsync(item, TestContext.Current.CancellationToken);
        if (publish)
        {
            await manager.PublishAsync((await manager.GetForEditAsync(id, TestContext.Current.CancellationToken))!, TestContext.Current.CancellationToken);
        }
    }
}
