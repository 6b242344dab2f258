using System.Reflection;
using LpbCms.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// 200 with an executed query's GraphQL response (<c>data</c>, and <c>errors</c> for fields that
/// failed), already serialized by GraphQL.NET's serializer. Its shape follows the query, so the
/// document declares JSON without a schema.
/// </summary>
public sealed class GraphQLResponseJson(byte[] body) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private readonly IResult _inner = Results.Bytes(body, CachedJsonResponse.JsonContentType);

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => _inner.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(void), ["application/json"]));
    }
}
