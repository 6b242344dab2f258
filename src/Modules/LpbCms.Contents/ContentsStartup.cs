using LpbCms.Contents.Catalog;
using LpbCms.Contents.Features;
using LpbCms.Contents.Fields;
using LpbCms.Contents.Liquid;
using LpbCms.Contents.Services;
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

        services.AddContentsCatalog();

        services.AddScoped<IFeatureEnabledHandler, FeatureTypesSeeder>();
    }
}
