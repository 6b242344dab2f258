namespace LpbCms.Web.Commands;

/// <summary>
/// The command line split into a command and the arguments for the host's configuration
/// (<c>--key=value</c>, <c>--urls ...</c>). A first argument that is not an option is a command,
/// so a recipe path is never mistaken for configuration.
/// </summary>
public sealed record HostInvocation(HostMode Mode, string[] HostArgs, string? RecipeFile = null)
{
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
            _ => new HostInvocation(HostMode.Invalid, []),
        };
    }

    private static bool IsHostArgument(string arg) =>
        (arg.StartsWith('-') && arg is not ("-h" or "--help")) || arg.Contains('=', StringComparison.Ordinal);
}
