using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// The OpenAPI document served at /openapi/v1.json must equal the committed
/// src/Modules/LpbCms.Api/OpenApi/v1.json, so every contract change shows in a diff. Run with
/// LPBCMS_UPDATE_OPENAPI=1 to rewrite the committed file after an intended change.
/// </summary>
public sealed class OpenApiDocumentTests(ApiSite site) : IClassFixture<ApiSite>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task OpenApi_ServedDocument_EqualsCommittedFile()
    {
        using var client = site.Client();
        using var response = await ApiJson.GetAsync(client, "/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.ToJsonString(Indented) + "\n";
        var committedPath = CommittedPath();

        if (string.Equals(Environment.GetEnvironmentVariable("LPBCMS_UPDATE_OPENAPI"), "1", StringComparison.Ordinal))
        {
            await File.WriteAllTextAsync(committedPath, served, TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(committedPath), $"{committedPath} is missing; run the tests with LPBCMS_UPDATE_OPENAPI=1 to create it.");
        var committed = await File.ReadAllTextAsync(committedPath, TestContext.Current.CancellationToken);
        Assert.True(string.Equals(committed, served, StringComparison.Ordinal), "The API contract changed: review the change and run the tests with LPBCMS_UPDATE_OPENAPI=1 to update " + committedPath);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesContentEndpoints()
    {
        using var client = site.Client();
        using var response = await ApiJson.GetAsync(client, "/openapi/v1.json");

        var paths = (await ApiJson.ReadObjectAsync(response))["paths"]!.AsObject();

        Assert.Contains("/api/content", paths.Select(p => p.Key));
        Assert.Contains("/api/content/{contentItemId}", paths.Select(p => p.Key));
        Assert.Contains("/api/graphql", paths.Select(p => p.Key));
    }

    [Fact]
    public async Task OpenApi_Document_DescribesHowToAuthenticate()
    {
        using var client = site.Client();
        using var response = await ApiJson.GetAsync(client, "/openapi/v1.json");
        var document = await ApiJson.ReadObjectAsync(response);

        var schemes = document["components"]!["securitySchemes"]!;
        Assert.Equal("bearer", (string?)schemes["bearer"]!["scheme"]);
        Assert.Equal("/connect/token", (string?)schemes["clientCredentials"]!["flows"]!["clientCredentials"]!["tokenUrl"]);

        // Writes need a token; reads take one (for drafts) but also answer anonymous callers.
        var write = document["paths"]!["/api/content"]!["post"]!["security"]!.AsArray();
        var read = document["paths"]!["/api/content/{contentItemId}"]!["get"]!["security"]!.AsArray();
        Assert.Equal(["bearer", "clientCredentials"], write.Select(r => r!.AsObject().Single().Key));
        Assert.Empty(read[0]!.AsObject());
        Assert.Equal(3, read.Count);
    }

    [Fact]
    public async Task OpenApi_Document_ListsOnlyApiRoutesWithUniqueOperationIdsAndSummaries()
    {
        using var client = site.Client();
        using var response = await ApiJson.GetAsync(client, "/openapi/v1.json");
        var paths = (await ApiJson.ReadObjectAsync(response))["paths"]!.AsObject();
        var operations = paths.SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Operation: o.Value!))).ToList();

        Assert.All(paths, p => Assert.StartsWith("/api/", p.Key, StringComparison.Ordinal));
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["summary"]), o.Path + " has no summary"));
        var ids = operations.Select(o => (string?)o.Operation["operationId"]).ToList();
        Assert.DoesNotContain(null, ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Docs_Page_ServesItsScriptLocally()
    {
        using var client = site.Client();

        using var page = await ApiJson.GetAsync(client, "/api/docs/");
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var script = System.Text.RegularExpressions.Regex.Match(html, "<script[^>]+src=\"(?<src>[^\"]+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Groups["src"].Value;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(script), html);
        using var scriptResponse = await ApiJson.GetAsync(client, script.StartsWith('/') ? script : "/api/docs/" + script);
        Assert.Equal(HttpStatusCode.OK, scriptResponse.StatusCode);
    }

    private static string CommittedPath([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "src", "Modules", "LpbCms.Api", "OpenApi", "v1.json"));
}
