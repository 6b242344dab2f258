using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// Every example in <c>src/Modules/LpbCms.Api/LpbCms.Api.http</c> runs, in order, against a test
/// site with the file's own variables (only the client, the address and the list placeholders are
/// filled in here), and answers 2xx: the documented requests work as documented.
/// </summary>
public sealed class HttpExamplesTests(ListExpandSite lists) : IClassFixture<ListExpandSite>
{
    [Fact]
    public async Task EveryExample_RunInOrder_Succeeds()
    {
        var created = await lists.Site.CreateClientAsync("http-examples", "Editor");
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["baseUrl"] = "http://localhost",
            ["clientId"] = created.Client.ClientId,
            ["clientSecret"] = created.ClientSecret,
            ["listContentItemId"] = lists.FirstListId,
            ["listType"] = ListExpandSite.ListType,
        };
        var responses = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        using var client = lists.Site.Client();
        var failures = new List<string>();
        var ran = 0;

        foreach (var step in HttpExampleFile.Load(ExamplesPath()).Steps())
        {
            if (step.Request is not { } request)
            {
                variables[step.Variable!] = overrides.GetValueOrDefault(step.Variable!, step.Value!);
                continue;
            }

            using var message = HttpExampleFile.ToMessage(request, text => HttpExampleFile.Substitute(text, variables, responses));
            using var response = await client.SendAsync(message, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            ran++;
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"{request}: {(int)response.StatusCode} {body}");
            }

            if (request.Name is not null)
            {
                responses[request.Name] = JsonNode.Parse(body);
            }
        }

        Assert.True(ran >= 15, $"Only {ran} examples were found.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string ExamplesPath([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "src", "Modules", "LpbCms.Api", "LpbCms.Api.http"));
}
