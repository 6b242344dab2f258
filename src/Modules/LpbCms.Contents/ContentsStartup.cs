using LpbCms.Contents.Features;
using LpbCms.Contents.Fields;
using LpbCms.Contents.Handlers;
using LpbCms.Contents.Liquid;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Recipes;
using LpbCms.Core.Security;
using LpbCms.Core.Text;
using LpbCms.Web.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Contents;

/// <summary>
/// Orchard's standard parts and fields, Liquid patterns and the Menu/Taxonomy types. Routed items are
/// rendered by the theme (LpbCms.Display's routed item lookup), so this module maps no page endpoint.
/// </summary>
public sealed class ContentsStartup : IModuleStartup
{
    public string Name => "LpbCms.Contents";

    public IReadOnlyList<string> Features { get; } =
    [
        "OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.Title", "OrchardCore.Autoroute",
        "OrchardCore.Html", "OrchardCore.Markdown", "OrchardCore.Lists", "OrchardCore.ContentFields",
        "OrchardCore.Alias", "OrchardCore.Flows", "OrchardCore.Taxonomies", "OrchardCore.Menu",
        "OrchardCore.HomeRoute", "OrchardCore.Liquid",
    ];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ISlugService, SlugService>();
        services.AddSingleton<IHtmlSanitizerService, HtmlSanitizerService>();
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<ContentLiquidEngine>();
        services.AddScoped<IContentItemLoader, ContentStoreItemLoader>();
        services.AddScoped<IContentPatternRenderer, ContentPatternRenderer>();
        services.AddScoped<UniquePathGenerator>();
        services.AddScoped<ContentFieldLocator>();
        services.AddPermissionProvider<ContentsPermissions>();

        AddFieldValidators(services);

        // Order matters: fields are normalized and HTML sanitized before titles and paths are computed from them.
        services.AddScoped<IContentHandler, ContentFieldsHandler>();
        services.AddScoped<IContentHandler, PartShapeHandler>();
        services.AddScoped<IContentHandler, HtmlBodyPartHandler>();
        services.AddScoped<IContentHandler, HtmlFieldHandler>();
        services.AddScoped<IContentHandler, TitlePartHandler>();
        services.AddScoped<IContentHandler, ContainedPartHandler>();
        services.AddScoped<IContentHandler, AutoroutePartHandler>();
        services.AddScoped<IContentHandler, AutorouteHomepageHandler>();

        services.AddScoped<IFeatureEnabledHandler, FeatureTypesSeeder>();
    }

    private static void AddFieldValidators(IServiceCollection services)
    {
        services.AddSingleton<IContentFieldValidator, TextFieldValidator>();
        services.AddSingleton<IContentFieldValidator, NumericFieldValidator>();
        services.AddSingleton<IContentFieldValidator, BooleanFieldValidator>();
        services.AddSingleton<IContentFieldValidator, ContentPickerFieldValidator>();
        services.AddSingleton<IContentFieldValidator>(new TemporalFieldValidator("DateField", TemporalKind.Date));
        services.AddSingleton<IContentFieldValidator>(new TemporalFieldValidator("DateTimeField", TemporalKind.DateTime));
        services.AddSingleton<IContentFieldValidator>(new TemporalFieldValidator("TimeField", TemporalKind.Time));
        services.AddSingleton<IContentFieldValidator>(new ShapeFieldValidator("HtmlField", ["Html"], []));
        services.AddSingleton<IContentFieldValidator>(new ShapeFieldValidator("MarkdownField", ["Markdown"], []));
        services.AddSingleton<IContentFieldValidator>(new ShapeFieldValidator("LinkField", ["Url", "Text", "Target"], []));
        services.AddSingleton<IContentFieldValidator>(new ShapeFieldValidator("MediaField", [], ["Paths", "MediaTexts"]));
        services.AddSingleton<IContentFieldValidator>(new ShapeFieldValidator("MultiTextField", [], ["Values"]));
        services.AddSingleton<IContentFieldValidator>(new ShapeFieldValidator("TaxonomyField", ["TaxonomyContentItemId"], ["TermContentItemIds", "TagNames"]));
        services.AddSingleton<IContentFieldValidator>(new ShapeFieldValidator("UserPickerField", [], ["UserIds"]));
    }
}
