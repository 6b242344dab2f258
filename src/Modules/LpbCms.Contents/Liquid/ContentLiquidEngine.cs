using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Fluid;
using LpbCms.Core.Contents;
using LpbCms.Display.Liquid;

namespace LpbCms.Contents.Liquid;

/// <summary>
/// The Fluid parser and sandboxed options for content patterns, shared by all renders (a singleton):
/// only the pattern model, content items and their JSON are visible; steps, recursion and output are limited.
/// </summary>
public sealed class ContentLiquidEngine
{
    public const int MaxSteps = 10_000;

    public const int MaxRecursion = 20;

    public const int MaxOutputLength = 16_384;

    /// <summary>Parsed patterns are few (one per type setting); the cap only guards against unbounded growth.</summary>
    private const int MaxCachedTemplates = 1_000;

    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    public ContentLiquidEngine()
    {
        Options = new TemplateOptions
        {
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
        };
        Options.MemberAccessStrategy.Register<ContentPatternModel>();
        Options.MemberAccessStrategy.Register<ContentItem, object?>(ContentItemAccess.Get);
        Options.MemberAccessStrategy.Register<JsonObject, object?>((json, name) => json[name]);
        Options.ValueConverters.Add(ContentItemAccess.ConvertJson);
        ContentFilters.Register(Options.Filters);
    }

    public TemplateOptions Options { get; }

    /// <exception cref="LiquidLimitException">The pattern is not valid Liquid.</exception>
    public IFluidTemplate Parse(string source)
    {
        if (_templates.TryGetValue(source, out var cached))
        {
            return cached;
        }

        if (!_parser.TryParse(source, out var template, out var error))
        {
            throw new LiquidLimitException($"Het Liquid-patroon '{source}' is ongeldig: {error}");
        }

        if (_templates.Count >= MaxCachedTemplates)
        {
            _templates.Clear();
        }

        _templates[source] = template;
        return template;
    }
}
