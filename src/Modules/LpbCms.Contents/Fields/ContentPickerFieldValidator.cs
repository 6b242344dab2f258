using System.Text.Json.Nodes;
using LpbCms.Contents.Models;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Fields;

/// <summary>
/// ContentPickerField: <c>ContentItemIds</c> is an array of strings; Required and Multiple from its
/// settings. Like Orchard, the picked items' existence is not checked (a recipe may pick items it imports later).
/// </summary>
public sealed class ContentPickerFieldValidator : IContentFieldValidator
{
    private const string Property = "ContentItemIds";

    public string FieldType => "ContentPickerField";

    public void Validate(FieldValidationContext context)
    {
        if (!context.ExpectStringArray(Property))
        {
            return;
        }

        var ids = context.Value[Property] as JsonArray;
        var count = ids?.Count(id => !string.IsNullOrWhiteSpace(id!.GetValue<string>())) ?? 0;
        var settings = DefinitionSettingsReader.Get<ContentPickerFieldSettings>(context.Settings);
        if (settings.Required && count == 0)
        {
            context.Fail(Property, "Kies ten minste één item.");
        }

        if (!settings.Multiple && count > 1)
        {
            context.Fail(Property, $"Dit veld staat één item toe, maar kreeg er {count}.");
        }
    }
}
