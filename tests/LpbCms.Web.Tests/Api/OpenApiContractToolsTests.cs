using System.Runtime.CompilerServices;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// The committed contract (src/Modules/LpbCms.Api/OpenApi/v1.json, equal to the served document by
/// <see cref="OpenApiDocumentTests"/>) as client generators meet it: Redocly's recommended rules
/// pass with no errors, and openapi-typescript generates a client with the API's operations and
/// both security schemes. The tools come from npm (api-contract/package-lock.json).
/// </summary>
public sealed class OpenApiContractToolsTests
{
    [Fact]
    public async Task Contract_PassesRedoclyRecommendedRulesWithoutErrors()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = await InstallToolsAsync(ct);

        var (exitCode, output, errors) = await NodeCommands.TryRunAsync(
            Path.Combine(folder, "node_modules", ".bin", "redocly"), ["lint", "--format=stylish", ContractPath()], folder, null, ct);

        Assert.True(exitCode == 0, "redocly lint found errors:\n" + output + errors);
        Assert.DoesNotContain(" error ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contract_GeneratesATypeScriptClient()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = await InstallToolsAsync(ct);
        var target = Path.Combine(Path.GetTempPath(), $"lpbcms-api-{Guid.NewGuid():N}.d.ts");
        try
        {
            await NodeCommands.RunAsync(Path.Combine(folder, "node_modules", ".bin", "openapi-typescript"), [ContractPath(), "--output", target], folder, null, ct);
            var client = await File.ReadAllTextAsync(target, ct);

            Assert.Contains("\"/api/content/{contentItemId}\"", client, StringComparison.Ordinal);
            Assert.Contains("ListContentItems", client, StringComparison.Ordinal);
            Assert.Contains("PostGraphQL", client, StringComparison.Ordinal);
            Assert.DoesNotContain("/admin/", client, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(target);
        }
    }

    private static async Task<string> InstallToolsAsync(CancellationToken ct)
    {
        await NodeCommands.RequireNodeAsync(ct);
        var folder = Path.Combine(SourceFolder(), "api-contract");
        if (!File.Exists(Path.Combine(folder, "node_modules", ".bin", "redocly")))
        {
            await NodeCommands.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, null, ct);
        }

        return folder;
    }

    private static string ContractPath() =>
        Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", "..", "src", "Modules", "LpbCms.Api", "OpenApi", "v1.json"));

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
