using System.Text.Json.Nodes;

namespace LpbCms.Contents.Fields;

/// <summary>Checks (and may normalize) the value of one field type, e.g. <c>NumericField</c>.</summary>
public interface IContentFieldValidator
{
    /// <summary>The field type handled (Orchard's FieldName, e.g. <c>TextField</c>).</summary>
    string FieldType { get; }

    /// <summary>Brings lenient input to the stored shape (e.g. a number given as a string) before validation.</summary>
    void Normalize(JsonObject value)
    {
    }

    void Validate(FieldValidationContext context);
}
