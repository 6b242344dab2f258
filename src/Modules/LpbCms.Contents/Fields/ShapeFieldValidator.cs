namespace LpbCms.Contents.Fields;

/// <summary>A field whose value is only checked for shape: named string and string-array properties (HtmlField, LinkField, MediaField, ...).</summary>
public sealed class ShapeFieldValidator(string fieldType, IReadOnlyList<string> stringProperties, IReadOnlyList<string> stringArrayProperties)
    : IContentFieldValidator
{
    public string FieldType { get; } = fieldType;

    public void Validate(FieldValidationContext context)
    {
        foreach (var property in stringProperties)
        {
            context.ExpectString(property);
        }

        foreach (var property in stringArrayProperties)
        {
            context.ExpectStringArray(property);
        }
    }
}
