using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Fluid;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Text;
using LpbCms.Display.Dates;
using LpbCms.Display.Liquid;
using LpbCms.Display.Templates;
using Microsoft.Extensions.Options;

namespace LpbCms.Display;

/// <summary>
/// Renders Liquid templates found by Orchard's alternates, sandboxed: only content items, their JSON,
/// <see cref="DisplayModel"/> and the types in <see cref="DisplayOptions.ModelTypes"/> can be read;
/// steps, recursion and output are limited. Parsed templates are cached (templates do not change while
/// the application runs). A singleton; safe for concurrent renders.
/// </summary>
public sealed class DisplayRenderer
{
    /// <summary>HTML-encodes output, but leaves letters such as "ë" readable instead of turning them into entities.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _compiled = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options;
    private readonly DisplayOptions _limits;
    private readonly ISlugService _slugs;
    private readonly IHtmlSanitizerService _sanitizer;
    private readonly IMarkdownRenderer _markdown;
    private readonly IContentCatalog _catalog;

    public DisplayRenderer(
        IEnumerable<ITemplateSource> sources,
        IOptions<DisplayOptions> options,
        ISlugService slugs,
        IHtmlSanitizerService sanitizer,
        IMarkdownRenderer markdown,
        IContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(options);
        Resolver = new TemplateResolver(sources);
        _limits = options.Value;
        _slugs = slugs;
        _sanitizer = sanitizer;
        _markdown = markdown;
        _catalog = catalog;
        _options = CreateOptions(_limits, Resolver);
    }

    public TemplateResolver Resolver { get; }

    /// <summary>Renders <paramref name="item"/> with the first of its alternates for <paramref name="displayType"/> that exists.</summary>
    public Task<string> RenderContentAsync(
        ContentItem item,
        string displayType,
        IReadOnlyDictionary<string, object?> values,
        DisplayContext context,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return RenderAsync(ContentAlternates.For(item.ContentType, displayType), new DisplayModel(item, displayType, values), context, ct);
    }

    /// <summary>Renders the first template of <paramref name="alternates"/> that exists, with <paramref name="model"/> as <c>Model</c>.</summary>
    /// <exception cref="TemplateRenderException">The template is invalid or broke a sandbox limit.</exception>
    public async Task<string> RenderAsync(IReadOnlyList<string> alternates, DisplayModel model, DisplayContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        ct.ThrowIfCancellationRequested();
        var template = Resolver.ResolveRequired(alternates);
        var templateContext = new TemplateContext(_options)
        {
            CultureInfo = DutchDates.Culture,
            TimeZone = DutchDates.Amsterdam,
        };
        var scope = new DisplayRenderScope(this, _slugs, _sanitizer, _markdown, _catalog, context, 0, ct);
        templateContext.AmbientValues[DisplayRenderScope.Key] = scope;
        templateContext.SetValue("Model", model);
        return await RenderWithAsync(template, templateContext);
    }

    /// <summary>A render inside a render (<c>display_item</c>): shares the outer step budget and counts towards the recursion limit.</summary>
    internal async Task<string> RenderNestedAsync(IReadOnlyList<string> alternates, DisplayModel model, TemplateContext context, DisplayRenderScope scope)
    {
        if (scope.Depth + 1 > _limits.MaxRecursion)
        {
            throw new TemplateRenderException($"Items are displayed inside each other more than {_limits.MaxRecursion} levels deep.");
        }

        scope.Ct.ThrowIfCancellationRequested();
        var template = Resolver.ResolveRequired(alternates);
        context.EnterChildScope();
        try
        {
            context.AmbientValues[DisplayRenderScope.Key] = scope with { Depth = scope.Depth + 1 };
            context.SetValue("Model", model);
            return await RenderWithAsync(template, context);
        }
        finally
        {
            context.AmbientValues[DisplayRenderScope.Key] = scope;
            context.ReleaseScope();
        }
    }

    private async Task<string> RenderWithAsync(ResolvedTemplate resolved, TemplateContext context)
    {
        var template = Compile(resolved);
        using var writer = new BoundedTextWriter(_limits.MaxOutputLength);
        try
        {
            await template.RenderAsync(writer, Encoder, context);
        }
        catch (InvalidOperationException ex)
        {
            // Fluid reports its step and recursion limits this way.
            throw new TemplateRenderException($"The template '{resolved.Name}' ({resolved.SourceName}) could not be rendered: {ex.Message}", ex);
        }

        return writer.ToString();
    }

    private IFluidTemplate Compile(ResolvedTemplate resolved) =>
        _compiled.GetOrAdd(resolved.CacheKey, _ =>
            _parser.TryParse(resolved.Text, out var template, out var error)
                ? template
                : throw new TemplateRenderException($"The template '{resolved.Name}' ({resolved.SourceName}) is not valid Liquid: {error}"));

    private static TemplateOptions CreateOptions(DisplayOptions limits, TemplateResolver resolver)
    {
        var options = new TemplateOptions
        {
            MaxSteps = limits.MaxSteps,
            MaxRecursion = limits.MaxRecursion,
            FileProvider = new TemplateFileProvider(resolver),
            CultureInfo = DutchDates.Culture,
            TimeZone = DutchDates.Amsterdam,
        };

        // Whitelist: nothing else of .NET is reachable from a template.
        options.MemberAccessStrategy.Register<DisplayModel, object?>((model, name) => model.Get(name));
        options.MemberAccessStrategy.Register<ContentItem, object?>(ContentItemAccess.Get);
        options.MemberAccessStrategy.Register<JsonObject, object?>((json, name) => json[name]);
        foreach (var type in limits.ModelTypes)
        {
            options.MemberAccessStrategy.Register(type);
        }

        options.ValueConverters.Add(ContentItemAccess.ConvertJson);
        DisplayFilters.Register(options.Filters);
        return options;
    }
}
