namespace LpbCms.Web.Commands;

public static class CommandLineUsage
{
    public const int InvalidUsageExitCode = 2;

    public const string Text = """
        Usage:
          LpbCms.Web [--key=value ...]                  serve the site (default http://localhost:5000)
          LpbCms.Web recipe run <file> [--key=value ...] run a recipe against the configured database
          LpbCms.Web export <file.zip> [--versions all|latest] [--key=value ...]
                                                         write a full backup (default: latest versions)
          LpbCms.Web import <file.zip> [--key=value ...]  restore a backup into an empty site
          LpbCms.Web help                                show this text

        'recipe run' migrates the database first. On a site that is not set up yet it runs setup
        first: a file marked "issetuprecipe": true is then used as the setup recipe itself,
        any other file runs after the configured setup recipe (LpbCms:Setup:Recipe).
        'export' writes definitions, settings, roles, API clients (without secrets), content and
        media to a zip (an Orchard deployment package); 'import' restores one into a site without
        content: a new data folder or database is set up with the package itself, all or nothing.
        Exit codes: 0 done, 1 failed (nothing of the recipe or package is stored), 2 wrong usage.
        Configuration keys (LpbCms:DataPath, ConnectionStrings:LpbCms, ...) work as options or
        environment variables, e.g. --LpbCms:DataPath=/srv/lpb or LpbCms__DataPath=/srv/lpb.
        """;

    /// <summary>Prints the usage text: to stdout for <c>help</c> (exit 0), to stderr otherwise (exit 2).</summary>
    public static int Print(HostInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Mode == HostMode.Help)
        {
            Console.Out.WriteLine(Text);
            return 0;
        }

        Console.Error.WriteLine(Text);
        return InvalidUsageExitCode;
    }
}
