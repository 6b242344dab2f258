using Fluid;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Text;
using LpbCms.Display.Liquid;

namespace LpbCms.Contents.Liquid;

/// <summary>Renders a pattern with <c>Model.ContentItem</c> (and <c>ContentItem</c>) bound to the item, without HTML encoding (Orchard's NullEncoder).</summary>
public sealed class ContentPatternRenderer(ContentLiquidEngine engine, ISlugService slugs, IContentItemLoader items) : IContentPatternRenderer
{
    public async Task<string> RenderAsync(string pattern, ContentItem item, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var template = engine.Parse(pattern);
        var context = new TemplateContext(engine.Options);
        context.SetValue("Model", new ContentPatternModel(item));
        context.SetValue("ContentItem", item);
        context.AmbientValues[ContentFilterServices.Key] = new ContentFilterServices(slugs, items, ct);

        using var writer = new BoundedTextWriter(ContentLiquidEngine.MaxOutputLength);
        try
        {
            await template.RenderAsync(writer, NullEncoder.Default, context);
        }
        catch (TemplateRenderException ex)
        {
            throw new LiquidLimitException($"De uitvoer van het Liquid-patroon '{pattern}' is groter dan {ContentLiquidEngine.MaxOutputLength} tekens.", ex);
        }
        catch (InvalidOperationException ex)
        {
            // Fluid reports its step and recursion limits this way.
            throw new LiquidLimitException($"Het Liquid-patroon '{pattern}' kon niet worden uitgevoerd: {ex.Message}", ex);
        }

        return writer.ToString();
    }
}
