namespace LpbCms.Display.Templates;

/// <summary>
/// Picks the template for a list of alternates ordered most specific first (Orchard's rule): the
/// first name any source has wins, and for that name a theme's template wins over a module's.
/// </summary>
public sealed class TemplateResolver
{
    private readonly ITemplateSource[] _sources;

    public TemplateResolver(IEnumerable<ITemplateSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);

        // Stable sort: among sources of the same kind, the one registered first wins.
        _sources = [.. sources.Select((source, index) => (source, index))
            .OrderByDescending(s => s.source.Kind)
            .ThenBy(s => s.index)
            .Select(s => s.source)];
    }

    public ResolvedTemplate? Resolve(IReadOnlyList<string> alternates)
    {
        ArgumentNullException.ThrowIfNull(alternates);
        foreach (var name in alternates)
        {
            foreach (var source in _sources)
            {
                if (source.GetTemplate(name) is { } text)
                {
                    return new ResolvedTemplate(name, source.Name, text);
                }
            }
        }

        return null;
    }

    /// <summary>Like <see cref="Resolve"/>, but a missing template is a configuration error.</summary>
    public ResolvedTemplate ResolveRequired(IReadOnlyList<string> alternates) =>
        Resolve(alternates)
        ?? throw new InvalidOperationException($"No template found for any of: {string.Join(", ", alternates)}. Is a theme enabled?");
}
