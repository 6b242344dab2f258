using LpbCms.Contents.Models;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Fields;

/// <summary>TextField: <c>Text</c> is a string; required when <see cref="TextFieldSettings.Required"/>.</summary>
public sealed class TextFieldValidator : IContentFieldValidator
{
    public string FieldType => "TextField";

    public void Validate(FieldValidationContext context)
    {
        if (!context.ExpectString("Text"))
        {
            return;
        }

        var settings = DefinitionSettingsReader.Get<TextFieldSettings>(context.Settings);
        if (settings.Required && string.IsNullOrWhiteSpace(ContentParts.GetString(context.Value, "Text")))
        {
            context.Fail("Text", "Dit veld is verplicht.");
        }
    }
}
