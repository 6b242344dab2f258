using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Core.Changes;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Api;

/// <summary>The change feed through the real host: the setup recipe and API writes each append their rows, with the caller.</summary>
public sealed class ChangeFeedApiTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Fact]
    public async Task Setup_LpbRecipe_AppendsDefinitionsContentAndSettings()
    {
        var rows = await ReadAfterAsync(0);

        Assert.Contains(rows, c => c.Event == ContentChangeEvent.DefinitionChanged);
        Assert.Contains(rows, c => c.Event == ContentChangeEvent.SettingsChanged);
        Assert.Contains(rows, c => c.Event == ContentChangeEvent.Published && c.ContentType == "BlogPost");
    }

    [Fact]
    public async Task PostThenDelete_EditorToken_AppendsCreatedPublishedDeletedByTheClient()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        var start = await LatestAsync();

        using var created = await ApiJson.PostAsync(editor, "/api/content", NewGift());
        var id = (string)(await ApiJson.ReadObjectAsync(created))["ContentItemId"]!;
        using var deleted = await editor.DeleteAsync(new Uri("/api/content/" + id, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (created.StatusCode, deleted.StatusCode));
        var rows = (await ReadAfterAsync(start)).Where(c => c.ContentItemId == id).ToList();
        Assert.Equal([ContentChangeEvent.Created, ContentChangeEvent.Published, ContentChangeEvent.Deleted], rows.Select(c => c.Event));
        Assert.All(rows, c => Assert.StartsWith("test-", c.UserId, StringComparison.Ordinal));
    }

    private static JsonObject NewGift() => new()
    {
        ["ContentType"] = "Gift",
        ["TitlePart"] = new JsonObject { ["Title"] = "Feed test" },
        ["Gift"] = new JsonObject
        {
            ["Authors"] = new JsonObject { ["Text"] = "Test Auteur" },
            ["Organisation"] = new JsonObject { ["Text"] = "Feed test" },
            ["Article"] = new JsonObject { ["ContentItemIds"] = new JsonArray("a") },
            ["Position"] = new JsonObject { ["Value"] = 9 },
        },
    };

    private async Task<long> LatestAsync()
    {
        using var scope = site.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IChangeFeed>().GetLatestSequenceAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Every row after <paramref name="after"/>, read in batches as a consumer would.</summary>
    private async Task<List<ContentChange>> ReadAfterAsync(long after)
    {
        using var scope = site.Factory.Services.CreateScope();
        var feed = scope.ServiceProvider.GetRequiredService<IChangeFeed>();
        var rows = new List<ContentChange>();
        while (await feed.ReadAsync(after, 500, TestContext.Current.CancellationToken) is { Count: > 0 } batch)
        {
            rows.AddRange(batch);
            after = batch[^1].Sequence;
        }

        return rows;
    }
}
