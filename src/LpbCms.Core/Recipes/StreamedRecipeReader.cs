using System.Text;
using System.Text.Json;

namespace LpbCms.Core.Recipes;

/// <summary>
/// Reads a large recipe file (a backup's Recipe.json) without holding it in memory: the header
/// is parsed as usual, the steps are located by one streaming scan and parsed one at a time as
/// the executor reaches them. The result runs through the normal <see cref="IRecipeExecutor"/>.
/// </summary>
public sealed class StreamedRecipeReader(IRecipeReader reader)
{
    /// <exception cref="RecipeException">The file is not a valid recipe.</exception>
    public async Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var label = Path.GetFileName(path);
        RecipeFileScanner scan;
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file)
        {
            try
            {
                scan = await RecipeFileScanner.ScanAsync(file, ct);
            }
            catch (JsonException ex)
            {
                throw new RecipeException(label, null, null, "$", $"'{path}' is not a valid recipe: {ex.Message}", ex);
            }

            var header = await ReadHeaderAsync(file, scan, ct);
            var descriptor = reader.Parse(header, Path.GetDirectoryName(path), path);
            if (!scan.HasSteps)
            {
                return descriptor;
            }

            return new RecipeDescriptor
            {
                Name = descriptor.Name,
                DisplayName = descriptor.DisplayName,
                Description = descriptor.Description,
                Author = descriptor.Author,
                Website = descriptor.Website,
                Version = descriptor.Version,
                IsSetupRecipe = descriptor.IsSetupRecipe,
                Categories = descriptor.Categories,
                Tags = descriptor.Tags,
                Variables = descriptor.Variables,
                Steps = new FileBackedRecipeSteps(path, scan.Steps, descriptor.Name),
                BasePath = descriptor.BasePath,
                FilePath = descriptor.FilePath,
            };
        }
    }

    /// <summary>The header values copied into a small JSON object with an empty <c>steps</c> array (a missing one stays missing, so the reader reports it).</summary>
    private static async Task<string> ReadHeaderAsync(FileStream file, RecipeFileScanner scan, CancellationToken ct)
    {
        var json = new StringBuilder("{");
        foreach (var (key, start, end) in scan.Header)
        {
            if (string.Equals(key, "steps", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            file.Position = start;
            var bytes = new byte[end - start];
            await file.ReadExactlyAsync(bytes, ct);
            json.Append(JsonSerializer.Serialize(key)).Append(':').Append(Encoding.UTF8.GetString(bytes)).Append(',');
        }

        if (scan.HasSteps)
        {
            json.Append("\"steps\":[]");
        }

        return json.ToString().TrimEnd(',') + "}";
    }
}
