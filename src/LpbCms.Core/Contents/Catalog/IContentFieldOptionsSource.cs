using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>
/// Lists the options an editor offers for a field, from the field's settings (a MultiTextField's
/// Options, a TaxonomyField's terms). Registered by the field's owner in its descriptor.
/// </summary>
public interface IContentFieldOptionsSource
{
    Task<IReadOnlyList<ContentFieldOption>> GetOptionsAsync(JsonObject fieldSettings, CancellationToken ct);
}
