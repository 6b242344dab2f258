using LpbCms.Core.Contents.Catalog;

namespace LpbCms.Contents.Fields;

/// <summary>
/// Checks a field value's shape from its catalogue descriptor: text, date and time properties must
/// be strings, list properties arrays of strings. Used for field types without a validator of their own.
/// </summary>
public sealed class ShapeFieldValidator(ContentFieldDescriptor descriptor) : IContentFieldValidator
{
    public string FieldType => descriptor.Name;

    public void Validate(FieldValidationContext context)
    {
        foreach (var property in descriptor.Properties)
        {
            switch (property.Kind)
            {
                case ContentValueKind.Text or ContentValueKind.Date or ContentValueKind.DateTime or ContentValueKind.Time:
                    context.ExpectString(property.Name);
                    break;
                case ContentValueKind.TextList:
                    context.ExpectStringArray(property.Name);
                    break;
            }
        }
    }
}
