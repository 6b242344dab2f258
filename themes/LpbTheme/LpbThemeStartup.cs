using System.IO.Compression;
using LpbCms.Core.Contents;
using LpbCms.Display;
using LpbCms.Display.Templates;
using LpbCms.Web.Abstractions;
using LpbTheme.Assets;
using LpbTheme.Caching;
using LpbTheme.Endpoints;
using LpbTheme.Errors;
using LpbTheme.Pages;
using LpbTheme.Rendering;
using LpbTheme.Services;
using LpbTheme.ViewModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbTheme;

/// <summary>
/// The public LPB site: Liquid templates and assets, the pages, feeds and sitemap, the Dutch 404 and
/// error pages, an output cache for anonymous page views evicted on every published change, and
/// compression of the site's responses.
/// </summary>
public sealed class LpbThemeStartup : IModuleStartup
{
    /// <summary>Configuration switch (default true); off only to measure uncached rendering, never exposed to visitors.</summary>
    public const string OutputCacheSetting = "LpbTheme:OutputCache:Enabled";

    private bool _useOutputCache = true;

    public string Name => "LpbTheme";

    /// <summary>Contents: pages are found by the paths and rendered from the parts its handlers maintain.</summary>
    public IReadOnlyList<string> Dependencies { get; } = ["LpbCms.Contents"];

    public IReadOnlyList<string> Features { get; } = ["LpbTheme"];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        _useOutputCache = configuration.GetValue(OutputCacheSetting, defaultValue: true);

        services.AddLpbDisplay();
        services.AddTemplateSource(new EmbeddedTemplateSource(typeof(LpbThemeStartup).Assembly, "LpbTheme.Views.", TemplateSourceKind.Theme));
        services.Configure<DisplayOptions>(options => options.AllowModelType<NavLink>().AllowModelType<Pager>().AllowModelType<TermLink>());
        services.AddSingleton<ThemeAssetCatalog>();
        services.AddScoped<SiteContent>();
        services.AddScoped<SitePages>();
        services.AddScoped<PageComposer>();
        services.AddHttpContextAccessor();
        services.AddScoped<IContentPreviewRenderer, ThemePreviewRenderer>();

        services.AddPageOutputCache();

        // First, so it is asked before the host's JSON writer (which accepts */*).
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, HtmlProblemDetailsWriter>());

        services.AddResponseCompression(options =>
        {
            // Only the theme's public, anonymous responses are compressed (see Configure): they hold no secrets, so HTTPS is safe.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/rss+xml", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
    }

    public void Configure(IApplicationBuilder app)
    {
        // The host's output cache runs before this and stores the compressed bytes (pages vary by
        // Accept-Encoding), so a cache hit costs no compression.
        app.UseWhen(
            context => context.GetEndpoint()?.Metadata.GetMetadata<ThemePageMetadata>() is not null,
            branch => branch.UseResponseCompression());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ThemeAssetEndpoints.Map(endpoints);
        SitePageEndpoints.Map(endpoints, _useOutputCache);
    }
}
