using LpbCms.Contents.Fields;
using LpbCms.Core.Contents.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Contents.Catalog;

/// <summary>Declares a field type's validator in its catalogue chain (without one, its properties' shapes are checked).</summary>
internal static class FieldValidatorRegistration
{
    public static ContentFieldBuilder ValidatedBy(this ContentFieldBuilder field, Func<string, IContentFieldValidator> create)
    {
        var validator = create(field.Name);
        if (validator.FieldType != field.Name)
        {
            throw new ContentCatalogException($"Field type '{field.Name}' declares a validator for '{validator.FieldType}'.");
        }

        field.Services.AddSingleton(validator);
        return field;
    }
}
