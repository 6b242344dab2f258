using System.Text.Json.Nodes;
using LpbCms.Contents.Fields;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Contents.Handlers;

/// <summary>
/// Normalizes and validates every field the item's type defines, by field type. A defined part or
/// field that is not a JSON object is an error. A field type with a validator of its own is checked
/// by it; any other field type the catalogue describes has the JSON kinds of its properties
/// checked; unknown field types and parts the type does not define are left untouched.
/// </summary>
public sealed class ContentFieldsHandler(ContentFieldLocator locator, IEnumerable<IContentFieldValidator> validators, IContentCatalog catalog) : IContentHandler
{
    private readonly Dictionary<string, IContentFieldValidator> _validators = Validators(validators, catalog);

    private static Dictionary<string, IContentFieldValidator> Validators(IEnumerable<IContentFieldValidator> own, IContentCatalog catalog)
    {
        var all = own.ToDictionary(v => v.FieldType, StringComparer.Ordinal);
        foreach (var field in catalog.Fields)
        {
            all.TryAdd(field.Name, new ShapeFieldValidator(field));
        }

        return all;
    }

    public async Task UpdatingAsync(ContentContext context, CancellationToken ct)
    {
        if (context.TypeDefinition is null)
        {
            return;
        }

        foreach (var field in await locator.FindAsync(context.ContentItem, context.TypeDefinition, ct))
        {
            if (field.Value is JsonObject value && _validators.TryGetValue(field.Definition.FieldName, out var validator))
            {
                validator.Normalize(value);
            }
        }
    }

    public async Task ValidatingAsync(ValidateContentContext context, CancellationToken ct)
    {
        if (context.TypeDefinition is null)
        {
            return;
        }

        foreach (var typePart in context.TypeDefinition.ContentTypePartDefinitionRecords)
        {
            var part = context.ContentItem.Content[typePart.Name];
            if (!JsonKinds.IsNull(part) && part is not JsonObject)
            {
                context.Fail(typePart.Name, $"Een onderdeel moet een JSON-object zijn, maar kreeg {JsonKinds.Describe(part)}.");
            }
        }

        foreach (var field in await locator.FindAsync(context.ContentItem, context.TypeDefinition, ct))
        {
            // An absent field is an empty one, so a required field that was left out is reported too.
            JsonObject? value = JsonKinds.IsNull(field.Value) ? [] : field.Value as JsonObject;
            if (value is null)
            {
                context.Fail(field.Path, $"Een {field.Definition.FieldName} moet een JSON-object zijn, maar kreeg {JsonKinds.Describe(field.Value)}.");
                continue;
            }

            if (_validators.TryGetValue(field.Definition.FieldName, out var validator))
            {
                validator.Validate(new FieldValidationContext(field, value, context));
            }
        }
    }
}
