using System.Text.Json.Nodes;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Fields.MultiText;

/// <summary>
/// A new item's MultiTextFields start with the options their settings mark <c>default</c>, as in
/// Orchard's editor (so the admin's new-item form shows them checked). Only on a new, empty field.
/// </summary>
public sealed class MultiTextFieldDefaultsHandler(ContentFieldLocator locator) : IContentHandler
{
    public async Task InitializingAsync(ContentContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TypeDefinition is null)
        {
            return;
        }

        foreach (var field in await locator.FindAsync(context.ContentItem, context.TypeDefinition, ct))
        {
            if (field.Definition.FieldName != MultiTextFieldRegistration.FieldName || field.Value is not JsonObject { Count: 0 } value)
            {
                continue;
            }

            var defaults = DefinitionSettingsReader.Get<MultiTextFieldSettings>(field.Definition.Settings).Options.Where(o => o.Default).ToList();
            if (defaults.Count > 0)
            {
                value[MultiTextFieldValidator.Property] = new JsonArray([.. defaults.Select(o => (JsonNode?)o.Value)]);
            }
        }
    }
}
