using System.Text.RegularExpressions;

namespace LpbCms.Core.Recipes.Expressions;

/// <summary>
/// Evaluates <c>[file:text('path')]</c> and <c>[file:base64('path')]</c>: the file's UTF-8 text or
/// its bytes as base64. Paths are relative to the recipe's folder. Absolute paths are refused.
/// <c>..</c> is allowed as in Orchard (whose themes keep recipes in <c>Recipes/</c> beside
/// <c>wwwroot/</c>), but only up to the recipe folder's parent, so a recipe cannot read arbitrary
/// files of the machine.
/// </summary>
internal static partial class RecipeFileExpression
{
    public static string Evaluate(string body, string? basePath)
    {
        var call = CallPattern().Match(body);
        if (!call.Success)
        {
            throw new FormatException($"'[file:{body}]' is not a file expression; use text('path') or base64('path').");
        }

        var path = ResolvePath(call.Groups["path"].Value, basePath);
        return call.Groups["function"].Value switch
        {
            "base64" => Convert.ToBase64String(File.ReadAllBytes(path)),
            _ => File.ReadAllText(path),
        };
    }

    private static string ResolvePath(string relative, string? basePath)
    {
        if (basePath is null)
        {
            throw new InvalidOperationException("The recipe was not read from a file, so [file:] expressions have no folder to read from.");
        }

        if (string.IsNullOrWhiteSpace(relative))
        {
            throw new FormatException("The file path is empty.");
        }

        if (Path.IsPathRooted(relative) || relative.StartsWith('/') || relative.StartsWith('\\'))
        {
            throw new InvalidOperationException($"The file path '{relative}' is absolute; [file:] paths must be relative to the recipe's folder.");
        }

        var recipeFolder = Path.GetFullPath(basePath);
        var allowedRoot = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(recipeFolder)) ?? recipeFolder;
        var fullPath = Path.GetFullPath(Path.Combine(recipeFolder, relative));
        var prefix = Path.EndsInDirectorySeparator(allowedRoot) ? allowedRoot : allowedRoot + Path.DirectorySeparatorChar;
        if (!fullPath.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The file path '{relative}' leads outside '{allowedRoot}'; [file:] may go at most one folder above the recipe's folder.");
        }

        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"The file '{relative}' does not exist (looked for '{fullPath}').", fullPath);
        }

        return fullPath;
    }

    [GeneratedRegex("""^\s*(?<function>text|base64)\s*\(\s*(?<quote>['"])(?<path>.*?)\k<quote>\s*\)\s*$""", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CallPattern();
}
