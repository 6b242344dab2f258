using LpbCms.Core.Contents;

namespace LpbCms.Contents.Liquid;

/// <summary>Renders an Orchard Liquid pattern (Autoroute, generated titles) for an item, sandboxed.</summary>
public interface IContentPatternRenderer
{
    /// <exception cref="LiquidLimitException">The pattern is invalid or broke a sandbox limit.</exception>
    Task<string> RenderAsync(string pattern, ContentItem item, CancellationToken ct = default);
}
