using LpbCms.Contents.Catalog;
using LpbCms.Core.Contents.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Contents.Fields.MultiText;

/// <summary>
/// Orchard's MultiTextField (<c>{ "Values": ["a", "b"] }</c>): check boxes of the options in its
/// settings, or one value per line without options; each value is a row of the field index, so lists
/// filter on it (<c>Part.Field=a</c>, GraphQL <c>field: "a"</c>) and GraphQL shows it as <c>[String]</c>.
/// A new item starts with the options marked <c>default</c>.
/// </summary>
public static class MultiTextFieldRegistration
{
    public const string FieldName = "MultiTextField";

    public static IServiceCollection AddMultiTextField(this IServiceCollection services)
    {
        services.AddContentField(FieldName).WithDisplayName("Meerdere teksten")
            .Property(MultiTextFieldValidator.Property, ContentValueKind.TextList)
            .WithEditor(EditorKind.TextList, MultiTextFieldValidator.Property)
            .WithOptionsFrom<MultiTextFieldOptionsSource>()
            .IndexedOn(MultiTextFieldValidator.Property).GraphScalar(MultiTextFieldValidator.Property)
            .ValidatedBy(_ => new MultiTextFieldValidator())
            .AddHandler<MultiTextFieldDefaultsHandler>(ContentHandlerStage.Normalize);
        return services;
    }
}
