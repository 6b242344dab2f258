using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Web.Tests.Api;

namespace LpbCms.Web.Tests.Faults;

/// <summary>
/// Writers that create Gifts and update them through <c>POST /api/content</c> until a deadline:
/// each writer updates its own items and a few items every writer shares. Writes publish unless
/// <c>url</c> asks for drafts (<c>?draft=true</c>), which leave the published output cache alone.
/// </summary>
internal sealed class ConcurrentApiWriters(Func<HttpClient> createClient, IReadOnlyList<string> sharedIds, string url = "/api/content")
{
    public static JsonObject NewGift(string title) => new()
    {
        ["ContentType"] = "Gift",
        ["ContentItemId"] = "new",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["Gift"] = new JsonObject
        {
            ["Authors"] = new JsonObject { ["Text"] = "Schrijver" },
            ["Organisation"] = new JsonObject { ["Text"] = "Belasting" },
            ["Article"] = new JsonObject { ["ContentItemIds"] = new JsonArray("a") },
            ["Position"] = new JsonObject { ["Value"] = 1 },
        },
    };

    public async Task<WriterLoadResult> RunAsync(int writers, TimeSpan duration, CancellationToken ct)
    {
        var result = new WriterLoadResult();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => WriteUntilAsync(w, deadline, result), ct)));
        return result;
    }

    private async Task WriteUntilAsync(int writer, long deadline, WriterLoadResult result)
    {
        using var client = createClient();
        var own = new List<string>();
        var random = new Random(writer);
        for (var n = 0; Stopwatch.GetTimestamp() < deadline; n++)
        {
            var title = $"w{writer}-{n}";
            var isNew = n % 3 == 0 || own.Count == 0;
            var body = isNew ? NewGift(title)
                : n % 3 == 2 && sharedIds.Count > 0 ? Update(sharedIds[random.Next(sharedIds.Count)], title)
                : Update(own[random.Next(own.Count)], title);
            var started = Stopwatch.GetTimestamp();
            using var response = await ApiJson.PostAsync(client, url, body);
            var ended = Stopwatch.GetTimestamp();
            result.Count(response.StatusCode);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            var id = (string)(await ApiJson.ReadObjectAsync(response))["ContentItemId"]!;
            if (isNew)
            {
                own.Add(id);
            }

            result.Acknowledged.Add(new AcknowledgedWrite(id, title, started, ended));
        }
    }

    private static JsonObject Update(string id, string title) => new()
    {
        ["ContentItemId"] = id,
        ["TitlePart"] = new JsonObject { ["Title"] = title },
    };
}
