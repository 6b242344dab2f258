using System.Text.Json.Nodes;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Fields.MultiText;

/// <summary>The check boxes of a MultiTextField: its settings' options, in their order.</summary>
public sealed class MultiTextFieldOptionsSource : IContentFieldOptionsSource
{
    public Task<IReadOnlyList<ContentFieldOption>> GetOptionsAsync(JsonObject fieldSettings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fieldSettings);
        var settings = DefinitionSettingsReader.GetFromGroup<MultiTextFieldSettings>(fieldSettings);
        IReadOnlyList<ContentFieldOption> options = [.. settings.Options.Select(o => new ContentFieldOption(o.Value, string.IsNullOrWhiteSpace(o.Name) ? o.Value : o.Name))];
        return Task.FromResult(options);
    }
}
