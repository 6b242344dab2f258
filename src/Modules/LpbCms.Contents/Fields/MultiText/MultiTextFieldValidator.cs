using System.Text.Json.Nodes;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Fields.MultiText;

/// <summary>
/// MultiTextField: <c>Values</c> is an array of strings; required when its settings say so, and when
/// the settings list options, every value must be one of them (a recipe or API client cannot store a
/// value the editor could never show as checked).
/// </summary>
public sealed class MultiTextFieldValidator : IContentFieldValidator
{
    public const string Property = "Values";

    public string FieldType => MultiTextFieldRegistration.FieldName;

    public void Validate(FieldValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.ExpectStringArray(Property))
        {
            return;
        }

        var values = context.Value[Property] is JsonArray array ? array.Select(v => v!.GetValue<string>()).ToList() : [];
        var settings = DefinitionSettingsReader.Get<MultiTextFieldSettings>(context.Settings);
        if (settings.Required && values.All(string.IsNullOrWhiteSpace))
        {
            context.Fail(Property, "Kies ten minste één waarde.");
        }

        if (settings.Options.Count == 0)
        {
            return;
        }

        var allowed = settings.Options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (!allowed.Contains(values[i]))
            {
                context.Fail($"{Property}[{i}]", $"\"{values[i]}\" is geen van de keuzes van dit veld ({string.Join(", ", allowed.Select(a => $"\"{a}\""))}).");
            }
        }
    }
}
