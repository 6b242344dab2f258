using LpbCms.Core.Contents;
using LpbCms.Core.Storage;

namespace LpbCms.Api.GraphQL;

/// <summary>Per-request state the resolvers share: the store and one picker loader per version scope.</summary>
public sealed class GraphQLRequestContext(IContentStore store) : Dictionary<string, object?>(StringComparer.Ordinal)
{
    private readonly Dictionary<VersionScope, ContentItemsLoader> _loaders = [];
    private readonly Dictionary<ContentItem, VersionScope> _scopes = new(ReferenceEqualityComparer.Instance);

    public IContentStore Store { get; } = store;

    /// <summary>Whether any resolver read drafts or latest versions: such an answer is private and never cached.</summary>
    public bool ReadUnpublished { get; private set; }

    /// <summary>Remembers which scope an item was read in, so its pickers load targets in the same scope.</summary>
    public void Track(IEnumerable<ContentItem> items, VersionScope scope)
    {
        ReadUnpublished |= scope != VersionScope.Published;

        // Pickers of items read in every version load their targets' latest versions.
        var pickerScope = scope == VersionScope.All ? VersionScope.Latest : scope;
        foreach (var item in items)
        {
            _scopes[item] = pickerScope;
        }
    }

    public VersionScope ScopeOf(ContentItem item) => _scopes.GetValueOrDefault(item, VersionScope.Published);

    public ContentItemsLoader LoaderFor(VersionScope scope)
    {
        if (!_loaders.TryGetValue(scope, out var loader))
        {
            loader = new ContentItemsLoader(Store, scope);
            _loaders[scope] = loader;
        }

        return loader;
    }
}
