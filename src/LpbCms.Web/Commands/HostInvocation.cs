using LpbCms.Core.Deployment;

namespace LpbCms.Web.Commands;

/// <summary>
/// The command line split into a command and the arguments for the host's configuration
/// (<c>--key=value</c>, <c>--urls ...</c>). A first argument that is not an option is a command,
/// so a recipe path is never mistaken for configuration.
/// </summary>
public sealed record HostInvocation(HostMode Mode, string[] HostArgs, string? RecipeFile = null)
{
    /// <summary>The package of <c>export</c> and <c>import</c>.</summary>
    public string? PackageFile { get; init; }

    /// <summary>For <c>export</c>: <c>--versions all|latest</c>.</summary>
    public DeploymentVersions Versions { get; init; } = DeploymentVersions.Latest;

    public static HostInvocation Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || IsHostArgument(args[0]))
        {
            return new HostInvocation(HostMode.Serve, args);
        }

        return args switch
        {
            ["help" or "-h" or "--help", ..] => new HostInvocation(HostMode.Help, []),
            ["recipe", "run", var file, .. var rest] when !IsHostArgument(file) => new HostInvocation(HostMode.RunRecipe, rest, file),
            ["export", var file, .. var rest] when !IsHostArgument(file) => ParseExport(file, rest),
            ["import", var file, .. var rest] when !IsHostArgument(file) => new HostInvocation(HostMode.Import, rest) { PackageFile = file },
            _ => new HostInvocation(HostMode.Invalid, []),
        };
    }

    private static HostInvocation ParseExport(string file, string[] rest)
    {
        var hostArgs = new List<string>();
        var versions = DeploymentVersions.Latest;
        for (var i = 0; i < rest.Length; i++)
        {
            string? value = null;
            if (rest[i] == "--versions")
            {
                value = i + 1 < rest.Length ? rest[++i] : "";
            }
            else if (rest[i].StartsWith("--versions=", StringComparison.Ordinal))
            {
                value = rest[i]["--versions=".Length..];
            }
            else
            {
                hostArgs.Add(rest[i]);
                continue;
            }

            switch (value)
            {
                case "all":
                    versions = DeploymentVersions.All;
                    break;
                case "latest":
                    versions = DeploymentVersions.Latest;
                    break;
                default:
                    return new HostInvocation(HostMode.Invalid, []);
            }
        }

        return new HostInvocation(HostMode.Export, [.. hostArgs]) { PackageFile = file, Versions = versions };
    }

    private static bool IsHostArgument(string arg) =>
        (arg.StartsWith('-') && arg is not ("-h" or "--help")) || arg.Contains('=', StringComparison.Ordinal);
}
