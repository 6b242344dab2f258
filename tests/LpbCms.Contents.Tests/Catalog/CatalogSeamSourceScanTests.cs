using System.Text.RegularExpressions;
using LpbCms.Contents.Catalog;

namespace LpbCms.Contents.Tests.Catalog;

/// <summary>
/// Keeps the seam: only the Contents module (which registers the parts and fields) and the Core
/// catalogue may name a part or field type in a string literal. Any other project that does so
/// describes the part a second time; it must read the catalogue instead. Tests and Liquid templates
/// (which read content as Orchard's templates do) are not scanned.
/// </summary>
public sealed partial class CatalogSeamSourceScanTests
{
    private static readonly string[] AllowedFolders =
    [
        Path.Combine("src", "LpbCms.Core"),
        Path.Combine("src", "Modules", "LpbCms.Contents"),
    ];

    private static readonly string[] ScannedFolders = ["src", "themes", "bench"];

    [Fact]
    public void No_project_outside_Contents_and_Core_names_a_part_or_field_type()
    {
        var catalog = ContentsCatalog.CreateStandard();
        var names = catalog.Parts.Select(p => p.Name).Concat(catalog.Fields.Select(f => f.Name)).ToHashSet(StringComparer.Ordinal);
        var root = RepositoryRoot();

        var hits = ScannedFiles(root)
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .SelectMany(l => QuotedWord().Matches(l.line).Select(m => m.Groups["word"].Value)
                .Where(names.Contains)
                .Select(name => $"{Path.GetRelativePath(root, l.file)}:{l.number}: \"{name}\""))
            .ToList();

        Assert.True(names.Count > 20, "the catalogue should hold Orchard's standard parts and fields");
        Assert.True(hits.Count == 0, "Part or field names outside Contents and the Core catalogue (read IContentCatalog instead):\n" + string.Join("\n", hits));
    }

    [Fact]
    public void The_scan_sees_a_literal_where_one_is_written()
    {
        Assert.Equal("TextField", QuotedWord().Match("var x = item[\"TextField\"];").Groups["word"].Value);
        Assert.Contains(ScannedFiles(RepositoryRoot()), f => f.EndsWith("Program.cs", StringComparison.Ordinal));
        Assert.Contains(ScannedFiles(RepositoryRoot()), f => f.EndsWith(".cshtml", StringComparison.Ordinal));
        Assert.DoesNotContain(ScannedFiles(RepositoryRoot()), f => f.Contains(Path.Combine("Modules", "LpbCms.Contents") + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    private static IEnumerable<string> ScannedFiles(string root) =>
        ScannedFolders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(file => !IsBuildOutput(file) && !AllowedFolders.Any(allowed => Path.GetRelativePath(root, file).StartsWith(allowed + Path.DirectorySeparatorChar, StringComparison.Ordinal)));

    private static bool IsBuildOutput(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LpbCms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LpbCms.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("\"(?<word>[A-Za-z]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedWord();
}
