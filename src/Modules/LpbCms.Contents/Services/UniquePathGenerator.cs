using System.Globalization;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Storage;

namespace LpbCms.Contents.Services;

/// <summary>
/// Makes a computed path unique, as Orchard does: when another item holds it (or it is reserved),
/// <c>-2</c>, <c>-3</c>, ... is appended until a free path is found.
/// </summary>
public sealed class UniquePathGenerator(IContentStore store)
{
    private const int MaxAttempts = 1_000;

    public async Task<string> MakeUniqueAsync(string path, string contentItemId, string errorPath, CancellationToken ct = default)
    {
        if (await IsFreeAsync(path, contentItemId, ct))
        {
            return path;
        }

        for (var version = 2; version <= MaxAttempts; version++)
        {
            var candidate = string.Concat(path, "-", version.ToString(CultureInfo.InvariantCulture));
            if (await IsFreeAsync(candidate, contentItemId, ct))
            {
                return candidate;
            }
        }

        throw new ContentValidationException([new ContentValidationError(errorPath, $"Er is geen vrij pad gevonden voor '{path}' na {MaxAttempts} pogingen.")]);
    }

    private async Task<bool> IsFreeAsync(string path, string contentItemId, CancellationToken ct) =>
        RoutePaths.Validate(path) is null && await store.FindPathOwnerAsync(path, contentItemId, ct) is null;
}
