using LpbCms.Contents.Handlers;
using LpbCms.Contents.Models;
using LpbCms.Core.Contents.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Contents.Catalog;

/// <summary>
/// Orchard's standard parts, each described once: its JSON properties, editor, route and handlers.
/// Handlers run stage by stage (<see cref="ContentHandlerStage"/>): values are normalized and HTML
/// sanitized before titles and then paths are computed from them.
/// </summary>
internal static class StandardParts
{
    public static IServiceCollection AddStandardParts(this IServiceCollection services)
    {
        services.AddCatalogHandler<ContentFieldsHandler>(ContentHandlerStage.Normalize);
        services.AddCatalogHandler<PartShapeHandler>(ContentHandlerStage.Normalize);

        services.AddContentPart<TitlePart>()
            .WithDisplayName("Titel")
            .Property(nameof(TitlePart.Title), ContentValueKind.Text)
            .WithEditor(EditorKind.Title, nameof(TitlePart.Title), "Titel")
            .ProvidesDisplayText(nameof(TitlePart.Title))
            .AddHandler<TitlePartHandler>(ContentHandlerStage.Derive);

        services.AddContentPart<AutoroutePart>()
            .WithDisplayName("Adres (pad)")
            .Property(nameof(AutoroutePart.Path), ContentValueKind.Text)
            .Property(nameof(AutoroutePart.SetHomepage), ContentValueKind.Boolean, inGraph: false)
            .Property(nameof(AutoroutePart.Disabled), ContentValueKind.Boolean, inGraph: false)
            .Property(nameof(AutoroutePart.RouteContainedItems), ContentValueKind.Boolean, inGraph: false)
            .Property(nameof(AutoroutePart.Absolute), ContentValueKind.Boolean, inGraph: false)
            .WithEditor(EditorKind.Path, nameof(AutoroutePart.Path), "Adres (pad)")
            .Routes(nameof(AutoroutePart.Path), nameof(AutoroutePart.Disabled))
            .FlattenedInGraph()
            .AddHandler<AutoroutePartHandler>(ContentHandlerStage.Route)
            .AddHandler<AutorouteHomepageHandler>(ContentHandlerStage.Route);

        services.AddContentPart("HtmlBodyPart")
            .WithDisplayName("Tekst")
            .Property("Html", ContentValueKind.Text)
            .WithEditor(EditorKind.Html, "Html", "Tekst")
            .ProvidesHtmlBody("Html")
            .AddHandler<HtmlBodyPartHandler>(ContentHandlerStage.Sanitize);

        services.AddContentPart("MarkdownBodyPart")
            .WithDisplayName("Tekst (Markdown)")
            .Property("Markdown", ContentValueKind.Text)
            .WithEditor(EditorKind.Markdown, "Markdown", "Tekst (Markdown)");

        services.AddContentPart("ListPart").WithDisplayName("Lijst");

        services.AddContentPart<ContainedPart>()
            .WithDisplayName("Onderdeel van lijst")
            .Property(nameof(ContainedPart.ListContentItemId), ContentValueKind.Text)
            .Property(nameof(ContainedPart.ListContentType), ContentValueKind.Text)
            .Property(nameof(ContainedPart.Order), ContentValueKind.WholeNumber, inGraph: false)
            .AttachedWithoutDefinition()
            .AddHandler<ContainedPartHandler>(ContentHandlerStage.Derive);

        services.AddContentPart("AliasPart").WithDisplayName("Alias").Property("Alias", ContentValueKind.Text);
        services.AddContentPart("BagPart").WithDisplayName("Verzameling");
        services.AddContentPart("FlowPart").WithDisplayName("Opbouw");
        services.AddContentPart("PublishLaterPart").WithDisplayName("Later publiceren").Property("ScheduledPublishUtc", ContentValueKind.DateTime, inGraph: false);
        return services;
    }
}
