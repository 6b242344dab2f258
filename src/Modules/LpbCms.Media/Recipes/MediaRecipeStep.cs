using System.Text.Json.Nodes;
using LpbCms.Core.Recipes;
using LpbCms.Core.Storage;
using LpbCms.Media.Storage;
using Microsoft.Extensions.Logging;

namespace LpbCms.Media.Recipes;

/// <summary>
/// Orchard's <c>media</c> step: <c>"Files": [{ "TargetPath", "SourcePath" | "Base64" }]</c>, where
/// SourcePath is relative to the recipe's folder (<c>..</c> allowed, as Orchard's blog recipe uses).
/// Files are staged and moved into place only when the recipe's transaction commits, and deleted
/// when it rolls back, so a failed recipe leaves no media behind.
/// </summary>
public sealed class MediaRecipeStep(IMediaFileStore store, IUnitOfWork unitOfWork, ILogger<MediaRecipeStep> logger) : IRecipeStepHandler
{
    public string StepName => "media";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var transaction = unitOfWork.Current
            ?? throw new InvalidOperationException("The media step must run inside the recipe's transaction, so its files follow the recipe's outcome.");
        if (RecipeJson.Get(context.Step, "Files") is not JsonArray files)
        {
            throw context.Error("Files", "The step needs a 'Files' array.");
        }

        var staged = new List<StagedMediaFile>(files.Count);
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                staged.Add(await StageFileAsync(context, files[i], i, ct));
                context.Execution.Progress?.Report(new RecipeProgress(context.StepIndex, context.StepName, i + 1, files.Count));
            }
        }
        catch
        {
            await DiscardAsync(staged);
            throw;
        }

        transaction.OnCommitted(() => PublishAsync(staged));
        transaction.OnRolledBack(() => DiscardAsync(staged));
    }

    private async Task<StagedMediaFile> StageFileAsync(RecipeStepContext context, JsonNode? node, int index, CancellationToken ct)
    {
        var path = $"Files[{index}]";
        if (node is not JsonObject file)
        {
            throw context.Error(path, "Each file must be an object with 'TargetPath' and 'SourcePath' or 'Base64'.");
        }

        var targetPath = ReadText(context, file, "TargetPath", path);
        if (!MediaPath.TryNormalize(targetPath, out var target, out var targetError))
        {
            throw context.Error(path + ".TargetPath", targetError);
        }

        await using var content = OpenSource(context, file, path);
        try
        {
            return await store.StageAsync(target, content, ct);
        }
        catch (IOException ex) when (StorageFull.Is(ex))
        {
            throw context.Error(path, $"There is not enough disk space to store '{target}'; nothing of the recipe was kept.", ex);
        }
    }

    private static Stream OpenSource(RecipeStepContext context, JsonObject file, string path)
    {
        if (ReadText(context, file, "SourcePath", path) is { Length: > 0 } sourcePath)
        {
            return OpenSourceFile(context, sourcePath, path + ".SourcePath");
        }

        if (ReadText(context, file, "Base64", path) is { } base64)
        {
            try
            {
                return new MemoryStream(Convert.FromBase64String(base64), writable: false);
            }
            catch (FormatException ex)
            {
                throw context.Error(path + ".Base64", "'Base64' is not valid base64 text.", ex);
            }
        }

        if (RecipeJson.Get(file, "SourceUrl") is not null)
        {
            throw context.Error(path + ".SourceUrl", "'SourceUrl' is not supported: recipes must not download files; use 'SourcePath' or 'Base64'.");
        }

        throw context.Error(path, "A file needs 'SourcePath' or 'Base64'.");
    }

    private static FileStream OpenSourceFile(RecipeStepContext context, string sourcePath, string jsonPath)
    {
        var relative = sourcePath.Replace('\\', '/');
        if (relative.Contains('\0', StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw context.Error(jsonPath, $"'{sourcePath}' must be a path relative to the recipe's folder.");
        }

        if (context.Recipe.BasePath is null)
        {
            throw context.Error(jsonPath, "The recipe was not read from a folder, so 'SourcePath' has nothing to be relative to; use 'Base64'.");
        }

        var full = Path.GetFullPath(Path.Combine(context.Recipe.BasePath, relative));
        if (!File.Exists(full))
        {
            throw context.Error(jsonPath, $"The source file '{sourcePath}' does not exist (looked for '{full}').");
        }

        return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    private static string? ReadText(RecipeStepContext context, JsonObject file, string key, string path)
    {
        try
        {
            return RecipeJson.ReadString(RecipeJson.Get(file, key));
        }
        catch (FormatException ex)
        {
            throw context.Error($"{path}.{key}", $"'{key}' must be text. {ex.Message}", ex);
        }
    }

    private async Task PublishAsync(IReadOnlyList<StagedMediaFile> staged)
    {
        var failed = new List<string>();
        foreach (var file in staged)
        {
            try
            {
                await store.PublishStagedAsync(file);
            }
            catch (IOException ex)
            {
                logger.LogError(ex, "Media file {Path} could not be moved into place after the recipe committed.", file.TargetPath);
                failed.Add(file.TargetPath);
            }
            catch (UnauthorizedAccessException ex)
            {
                logger.LogError(ex, "Media file {Path} could not be moved into place after the recipe committed.", file.TargetPath);
                failed.Add(file.TargetPath);
            }
        }

        if (failed.Count > 0)
        {
            throw new IOException($"The recipe committed, but these media files could not be moved into place: {string.Join(", ", failed)}.");
        }
    }

    private async Task DiscardAsync(IReadOnlyList<StagedMediaFile> staged)
    {
        foreach (var file in staged)
        {
            try
            {
                await store.DiscardStagedAsync(file);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Staged media file for {Path} could not be deleted.", file.TargetPath);
            }
        }
    }
}
