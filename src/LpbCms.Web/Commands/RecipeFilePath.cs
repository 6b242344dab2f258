namespace LpbCms.Web.Commands;

/// <summary>
/// Resolves the recipe path given on the command line. `dotnet run --project` starts the app in
/// the project folder, so a path relative to the folder the user typed the command in is tried
/// too (the shell's PWD, which the app inherits unchanged).
/// </summary>
public static class RecipeFilePath
{
    public static string Resolve(string file, string currentDirectory, string? shellDirectory)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Path.IsPathRooted(file))
        {
            return file;
        }

        var fromCurrent = Path.GetFullPath(file, currentDirectory);
        if (File.Exists(fromCurrent) || string.IsNullOrEmpty(shellDirectory) || !Path.IsPathRooted(shellDirectory))
        {
            return fromCurrent;
        }

        var fromShell = Path.GetFullPath(file, shellDirectory);
        return File.Exists(fromShell) ? fromShell : fromCurrent;
    }

    /// <summary>A file to be written: relative paths are taken from the folder the user typed the command in.</summary>
    public static string ResolveOutput(string file, string currentDirectory, string? shellDirectory)
    {
        ArgumentNullException.ThrowIfNull(file);
        var folder = !string.IsNullOrEmpty(shellDirectory) && Path.IsPathRooted(shellDirectory) ? shellDirectory : currentDirectory;
        return Path.GetFullPath(file, folder);
    }
}
