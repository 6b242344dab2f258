using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LpbCms.Core.Recipes;

/// <summary>
/// Finds <c>*.recipe.json</c> files in the configured folders (with sub-folders) and reads them.
/// Files are read on every call, so recipes edited on disk are seen without a restart. A file that
/// cannot be read is logged and left out; looking it up by name then says so.
/// </summary>
public sealed class RecipeHarvester : IRecipeHarvester
{
    private const string RecipePattern = "*.recipe.json";

    private readonly IRecipeReader _reader;
    private readonly RecipeOptions _options;
    private readonly ILogger<RecipeHarvester> _logger;

    public RecipeHarvester(IRecipeReader reader, IOptions<RecipeOptions> options, ILogger<RecipeHarvester> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _reader = reader;
        _options = options.Value;
        _logger = logger;
    }

    public Task<IReadOnlyList<RecipeDescriptor>> HarvestAsync(CancellationToken ct = default) => ReadAllAsync(FindFiles(), ct);

    public Task<RecipeDescriptor?> FindAsync(string name, CancellationToken ct = default) => FindAsync(name, [], ct);

    public async Task<RecipeDescriptor?> FindAsync(string name, IReadOnlyList<string> nearbyFolders, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(nearbyFolders);
        var nearby = nearbyFolders.Where(Directory.Exists).Distinct(StringComparer.Ordinal)
            .SelectMany(folder => Directory.EnumerateFiles(folder, RecipePattern, SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal));
        var files = nearby.Concat(FindFiles()).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal);
        var matches = (await ReadAllAsync(files, ct))
            .Where(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (matches.Count > 1)
        {
            _logger.LogWarning("Several recipes are named {Recipe} ({Files}); using {File}.", name, string.Join(", ", matches.Select(m => m.FilePath)), matches[0].FilePath);
        }

        return matches.FirstOrDefault();
    }

    private async Task<IReadOnlyList<RecipeDescriptor>> ReadAllAsync(IEnumerable<string> files, CancellationToken ct)
    {
        var recipes = new List<RecipeDescriptor>();
        foreach (var file in files)
        {
            try
            {
                recipes.Add(await _reader.ReadFileAsync(file, ct));
            }
            catch (RecipeException ex)
            {
                _logger.LogError("The recipe file {File} cannot be used: {Message}", file, ex.Message);
            }
        }

        return recipes;
    }

    private IEnumerable<string> FindFiles()
    {
        foreach (var folder in _options.Folders.Distinct(StringComparer.Ordinal))
        {
            if (!Directory.Exists(folder))
            {
                _logger.LogWarning("The recipe folder {Folder} does not exist.", Path.GetFullPath(folder));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, RecipePattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                yield return file;
            }
        }
    }
}
