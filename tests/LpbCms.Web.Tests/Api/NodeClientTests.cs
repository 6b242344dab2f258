using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// A real client in another runtime: node-client/client.mjs (graphql-request and fetch) against the
/// host on a loopback port. Skipped when Node is missing, except in CI (CI=true), where it fails.
/// </summary>
public sealed class NodeClientTests
{
    [Fact]
    public async Task NodeClient_TokenDraftGraphQLAndRead_Succeeds()
    {
        var ct = TestContext.Current.CancellationToken;
        await NodeCommands.RequireNodeAsync(ct);

        var folder = Path.Combine(SourceFolder(), "node-client");
        await NodeCommands.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, null, ct);
        await using var factory = LpbCmsFactory.Create();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var scope = factory.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<Core.Security.IApiClientManager>().CreateAsync("node-client", "Node client", ["Editor"], ct);

        var output = await NodeCommands.RunAsync("node", ["client.mjs"], folder, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["LPB_BASE_URL"] = address.TrimEnd('/'),
            ["LPB_CLIENT_ID"] = created.Client.ClientId,
            ["LPB_CLIENT_SECRET"] = created.ClientSecret,
        }, ct);

        var result = JsonNode.Parse(output.Trim().Split('\n')[^1])!;
        Assert.Equal(5, (int)result["gifts"]!);
        Assert.StartsWith("25 jaar LPB", (string?)result["article"], StringComparison.Ordinal);
        Assert.False((bool)result["draftPublished"]!);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
