using System.Text.Json.Nodes;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Taxonomies;

/// <summary>
/// The choices of a TaxonomyField: the terms of the taxonomy its settings name (the latest version, so
/// a term just added in a draft can be chosen), child terms indented under their parent; with
/// <c>LeavesOnly</c>, only terms without children. No taxonomy, or an unknown one, gives no choices.
/// </summary>
public sealed class TaxonomyTermOptionsSource(IContentItemLoader loader) : IContentFieldOptionsSource
{
    public async Task<IReadOnlyList<ContentFieldOption>> GetOptionsAsync(JsonObject fieldSettings, CancellationToken ct)
    {
        var settings = DefinitionSettingsReader.GetFromGroup<TaxonomyFieldSettings>(fieldSettings);
        if (string.IsNullOrWhiteSpace(settings.TaxonomyContentItemId) || await loader.GetLatestAsync(settings.TaxonomyContentItemId, ct) is not { } taxonomy)
        {
            return [];
        }

        return [.. TaxonomyTerms.Read(taxonomy)
            .Where(t => !settings.LeavesOnly || !t.HasChildren)
            .Select(t => new ContentFieldOption(t.ContentItemId, string.Concat(Enumerable.Repeat("– ", t.Depth)) + t.Title))];
    }
}
