using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Text;
using LpbCms.Display;
using LpbCms.Display.Templates;
using LpbTheme;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Benchmarks;

/// <summary>
/// The theme's blog post detail template (Content-BlogPost.liquid) rendered for the anniversary
/// article with its gifts, through the real <see cref="DisplayRenderer"/> and the contents module's
/// slug, sanitizer and Markdown services: what a page view pays for its main content, without the
/// layout and the database. The output is checked once before measuring.
/// </summary>
[MemoryDiagnoser]
public class LiquidRenderBenchmarks
{
    private static readonly DisplayContext Site = new("https://www.lpb.nl");

    private ServiceProvider? _services;
    private DisplayRenderer? _renderer;
    private ContentItem _article = new();
    private Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISlugService, SlugService>();
        services.AddSingleton<IHtmlSanitizerService, HtmlSanitizerService>();
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddLpbDisplay();
        services.AddTemplateSource(new EmbeddedTemplateSource(typeof(LpbThemeStartup).Assembly, "LpbTheme.Views.", TemplateSourceKind.Theme));
        _services = services.BuildServiceProvider();
        _renderer = _services.GetRequiredService<DisplayRenderer>();
        _article = ContentItemJson.Deserialize(BenchmarkData.ArticleJson());
        _values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Gifts"] = GiftsOf(BenchmarkData.ArticleId) };
        Check(RenderBlogPostAsync().GetAwaiter().GetResult());
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark]
    public Task<string> RenderBlogPostAsync() =>
        _renderer!.RenderContentAsync(_article, ContentAlternates.Detail, _values, Site);

    /// <summary>A render that silently produced the wrong page would make the figure meaningless.</summary>
    private void Check(string html)
    {
        var gifts = (IReadOnlyList<ContentItem>)_values["Gifts"]!;
        string[] expected =
        [
            $"<h1>{System.Net.WebUtility.HtmlEncode(_article.DisplayText)}</h1>",
            "<div class=\"prose\">",
            "Geplaatst op <time datetime=\"",
        ];
        var missing = expected.Where(e => !html.Contains(e, StringComparison.Ordinal)).ToList();
        if (gifts.Count == 0 || missing.Count > 0 || html.Contains("{{", StringComparison.Ordinal) || html.Contains("<script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"The blog post render is not the expected page ({gifts.Count} gifts; missing: {string.Join(" | ", missing)}):\n{html}");
        }
    }

    /// <summary>The recipe's gifts whose Article picker points to <paramref name="articleId"/>, as the theme passes them.</summary>
    private static List<ContentItem> GiftsOf(string articleId)
    {
        var recipe = JsonNode.Parse(File.ReadAllText(BenchmarkData.RecipePath))!;
        return [.. recipe["steps"]!.AsArray()
            .SelectMany(step => step?["Data"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(item => (string?)item["ContentType"] == "Gift"
                && item["Gift"]?["Article"]?["ContentItemIds"] is JsonArray ids
                && ids.Any(id => (string?)id == articleId))
            .Select(item => ContentItemJson.Deserialize(item.ToJsonString()))];
    }
}
