using GraphQL;

namespace LpbCms.Api.GraphQL;

/// <summary>Resolves <c>contentItem(contentItemId:)</c> as Orchard does: the published version, or null.</summary>
public static class ContentItemResolver
{
    public static async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.GetArgument<string>("contentItemId");
        var request = (GraphQLRequestContext)context.UserContext;
        if (string.IsNullOrWhiteSpace(id) || await request.Store.GetAsync(id, Core.Storage.VersionScope.Published, context.CancellationToken) is not { } item)
        {
            return null;
        }

        request.Track([item], Core.Storage.VersionScope.Published);
        return item;
    }
}
