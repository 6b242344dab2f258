using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Recipes;
using Microsoft.Extensions.Logging;

namespace LpbCms.Contents.Features;

/// <summary>
/// Does what Orchard's feature migrations do for content definitions: when a recipe enables
/// OrchardCore.Menu or OrchardCore.Taxonomies, their types are added if missing. Existing
/// definitions are left alone (a site may have changed them), so running a recipe again changes nothing.
/// </summary>
public sealed class FeatureTypesSeeder(IContentDefinitionManager definitions, ILogger<FeatureTypesSeeder> logger) : IFeatureEnabledHandler
{
    public async Task FeatureEnabledAsync(string featureId, CancellationToken ct = default)
    {
        if (OrchardFeatureDefinitions.For(featureId) is not { } wanted)
        {
            return;
        }

        var current = await definitions.GetDocumentAsync(ct);
        var missingTypes = wanted.ContentTypes.Where(t => !current.ContentTypes.Any(c => c.Name == t.Name)).ToList();
        var missingParts = wanted.ContentParts.Where(p => !current.ContentParts.Any(c => c.Name == p.Name)).ToList();
        if (missingTypes.Count == 0 && missingParts.Count == 0)
        {
            return;
        }

        await definitions.UpdateAsync(
            document =>
            {
                foreach (var type in missingTypes.Where(t => !document.ContentTypes.Any(c => c.Name == t.Name)))
                {
                    document.ContentTypes.Add(type);
                }

                foreach (var part in missingParts.Where(p => !document.ContentParts.Any(c => c.Name == p.Name)))
                {
                    document.ContentParts.Add(part);
                }
            },
            ct);
        logger.LogInformation("Feature {Feature}: added content types {Types}", featureId, string.Join(", ", missingTypes.Select(t => t.Name)));
    }
}
