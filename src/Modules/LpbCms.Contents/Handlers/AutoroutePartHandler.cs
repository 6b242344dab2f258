using LpbCms.Contents.Fields;
using LpbCms.Contents.Liquid;
using LpbCms.Contents.Models;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Contents.Handlers;

/// <summary>
/// AutoroutePart: an empty path is computed from the type's Liquid pattern and made unique; a given
/// path is normalized and kept (Orchard's import keeps it), and refused when it is reserved,
/// malformed or held by another item — an explicit path is never renamed silently.
/// </summary>
public sealed class AutoroutePartHandler(IContentPatternRenderer patterns, UniquePathGenerator uniquePaths, IContentStore store) : IContentHandler
{
    private const string PartName = "AutoroutePart";

    public async Task UpdatingAsync(ContentContext context, CancellationToken ct)
    {
        var item = context.ContentItem;
        foreach (var part in ContentParts.Find(item, context.TypeDefinition, PartName))
        {
            if (!JsonKinds.IsNull(part.Part["Path"]) && !JsonKinds.IsString(part.Part["Path"]))
            {
                // Left as given so validation reports the wrong type instead of silently replacing it.
                continue;
            }

            var given = ContentParts.GetString(part.Part, "Path");
            var path = RoutePaths.Normalize(given);
            var settings = DefinitionSettingsReader.Get<AutoroutePartSettings>(part.Settings);
            if (path.Length == 0 && !ContentParts.IsTrue(part.Part, "Disabled") && !string.IsNullOrWhiteSpace(settings.Pattern))
            {
                path = await ComputePathAsync(settings.Pattern, item, part.Name, ct);
            }

            if (path != (given ?? ""))
            {
                part.Part["Path"] = path;
            }
        }
    }

    public async Task ValidatingAsync(ValidateContentContext context, CancellationToken ct)
    {
        var item = context.ContentItem;
        foreach (var part in ContentParts.Find(item, context.TypeDefinition, PartName))
        {
            var path = ContentParts.GetString(part.Part, "Path");
            if (string.IsNullOrEmpty(path))
            {
                continue;
            }

            var errorPath = $"{part.Name}.Path";
            if (RoutePaths.Validate(path) is { } problem)
            {
                context.Fail(errorPath, problem);
                continue;
            }

            if (!ContentParts.IsTrue(part.Part, "Disabled")
                && await store.FindPathOwnerAsync(path, item.ContentItemId, ct) is { } owner)
            {
                context.Fail(errorPath, $"Het pad '{path}' is al in gebruik door item '{owner}'.");
            }
        }
    }

    /// <summary>The clone would share the original's path; give it the next free one.</summary>
    public async Task ClonedAsync(CloneContentContext context, CancellationToken ct)
    {
        var item = context.ContentItem;
        foreach (var part in ContentParts.Find(item, context.TypeDefinition, PartName))
        {
            var path = RoutePaths.Normalize(ContentParts.GetString(part.Part, "Path"));
            if (path.Length > 0)
            {
                part.Part["Path"] = await uniquePaths.MakeUniqueAsync(path, item.ContentItemId, $"{part.Name}.Path", ct);
            }
        }
    }

    private async Task<string> ComputePathAsync(string pattern, ContentItem item, string partName, CancellationToken ct)
    {
        string rendered;
        try
        {
            rendered = await patterns.RenderAsync(pattern, item, ct);
        }
        catch (LiquidLimitException ex)
        {
            throw new ContentValidationException([new ContentValidationError($"{partName}.Path", ex.Message)]);
        }

        var path = RoutePaths.Normalize(rendered.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        if (path.Length > AutoroutePart.MaxPathLength)
        {
            path = path[..AutoroutePart.MaxPathLength].TrimEnd('-', '/');
        }

        return path.Length == 0 ? path : await uniquePaths.MakeUniqueAsync(path, item.ContentItemId, $"{partName}.Path", ct);
    }
}
