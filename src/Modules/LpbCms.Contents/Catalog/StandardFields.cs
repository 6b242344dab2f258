using LpbCms.Contents.Fields;
using LpbCms.Contents.Handlers;
using LpbCms.Core.Contents.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Contents.Catalog;

/// <summary>
/// Orchard's standard field types, each described once: the properties of its JSON object, the
/// admin editor, the indexed property (lists filter and sort on it) and its GraphQL shape (a
/// scalar for simple fields, as Orchard's GraphQL shows them, an object otherwise).
/// </summary>
internal static class StandardFields
{
    public static IServiceCollection AddStandardFields(this IServiceCollection services)
    {
        AddTextFields(services);
        AddValueFields(services);
        AddReferenceFields(services);
        return services;
    }

    private static void AddTextFields(IServiceCollection services)
    {
        services.AddContentField("TextField").WithDisplayName("Tekst")
            .Property("Text", ContentValueKind.Text)
            .WithEditor(EditorKind.Text, "Text").WithEditorVariant("TextArea", EditorKind.TextArea).WithEditorVariant("Multiline", EditorKind.TextArea)
            .IndexedOn("Text").GraphScalar("Text")
            .ValidatedBy(_ => new TextFieldValidator());

        services.AddContentField("HtmlField").WithDisplayName("HTML-tekst")
            .Property("Html", ContentValueKind.Text)
            .WithEditor(EditorKind.Html, "Html")
            .AddHandler<HtmlFieldHandler>(ContentHandlerStage.Sanitize);

        services.AddContentField("MarkdownField").WithDisplayName("Markdown-tekst")
            .Property("Markdown", ContentValueKind.Text)
            .WithEditor(EditorKind.Markdown, "Markdown");

        services.AddContentField("LinkField").WithDisplayName("Link")
            .Property("Url", ContentValueKind.Text).Property("Text", ContentValueKind.Text).Property("Target", ContentValueKind.Text)
            .WithEditor(EditorKind.Link, "Url")
            .IndexedOn("Url");
    }

    private static void AddValueFields(IServiceCollection services)
    {

        services.AddContentField("NumericField").WithDisplayName("Getal")
            .Property("Value", ContentValueKind.Number)
            .WithEditor(EditorKind.Number, "Value")
            .IndexedOn("Value").GraphScalar("Value")
            .ValidatedBy(_ => new NumericFieldValidator());

        services.AddContentField("BooleanField").WithDisplayName("Ja/nee")
            .Property("Value", ContentValueKind.Boolean)
            .WithEditor(EditorKind.Boolean, "Value")
            .IndexedOn("Value").GraphScalar("Value")
            .ValidatedBy(_ => new BooleanFieldValidator());

        services.AddContentField("DateField").WithDisplayName("Datum")
            .Property("Value", ContentValueKind.Date)
            .WithEditor(EditorKind.Date, "Value")
            .IndexedOn("Value").GraphScalar("Value")
            .ValidatedBy(name => new TemporalFieldValidator(name, TemporalKind.Date));

        services.AddContentField("DateTimeField").WithDisplayName("Datum en tijd")
            .Property("Value", ContentValueKind.DateTime)
            .WithEditor(EditorKind.DateTime, "Value")
            .IndexedOn("Value").GraphScalar("Value")
            .ValidatedBy(name => new TemporalFieldValidator(name, TemporalKind.DateTime));

        services.AddContentField("TimeField").WithDisplayName("Tijd")
            .Property("Value", ContentValueKind.Time)
            .WithEditor(EditorKind.Time, "Value")
            .GraphScalar("Value")
            .ValidatedBy(name => new TemporalFieldValidator(name, TemporalKind.Time));

    }

    private static void AddReferenceFields(IServiceCollection services)
    {
        services.AddContentField("ContentPickerField").WithDisplayName("Inhoudskiezer")
            .Property("ContentItemIds", ContentValueKind.TextList, role: ContentPropertyRole.ContentItemIds)
            .WithEditor(EditorKind.ContentPicker, "ContentItemIds")
            .IndexedOn("ContentItemIds")
            .ValidatedBy(_ => new ContentPickerFieldValidator());

        services.AddContentField("MediaField").WithDisplayName("Media")
            .Property("Paths", ContentValueKind.TextList, role: ContentPropertyRole.MediaPaths)
            .Property("MediaTexts", ContentValueKind.TextList)
            .WithEditor(EditorKind.Media, "Paths")
            .IndexedOn("Paths");

        services.AddContentField("UserPickerField").WithDisplayName("Gebruikerskiezer")
            .Property("UserIds", ContentValueKind.TextList);
    }
}
