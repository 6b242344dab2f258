using GraphQL;
using LpbCms.Api.Querying;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Api.GraphQL;

/// <summary>Resolves a type's list field: one store query; unpublished versions only for callers permitted to preview.</summary>
public static class ContentListResolver
{
    public static async ValueTask<object?> ResolveAsync(IResolveFieldContext context, ContentListArguments arguments, ContentApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(options);
        var query = arguments.ToQuery(context, options.MaxPageSize);
        var services = context.RequestServices ?? throw new InvalidOperationException("GraphQL runs without request services.");
        if (query.Scope != VersionScope.Published)
        {
            var httpContext = services.GetRequiredService<IHttpContextAccessor>().HttpContext!;
            if (await services.GetRequiredService<DraftAccess>().CheckAsync(httpContext, query.Scope, item: null, context.CancellationToken) is not null)
            {
                throw new ExecutionError("You are not permitted to see unpublished content.") { Code = "FORBIDDEN" };
            }
        }

        var request = (GraphQLRequestContext)context.UserContext;
        var items = await request.Store.ListAsync(query, context.CancellationToken);
        request.Track(items, query.Scope);
        return items;
    }
}
