using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace LpbCms.Api.Http;

/// <summary>
/// 200 with <typeparamref name="T"/> serialized with the given options (Orchard's JSON for content
/// items). <c>TypedResults.Ok</c> would use the application's default JSON options instead.
/// </summary>
public sealed class JsonOk<T>(T value, JsonSerializerOptions options) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private readonly IResult _inner = Results.Json(value, options);

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => _inner.ExecuteAsync(httpContext);

    // Explicit: CA1000 asks for no static members callable on a generic type; the framework calls it through the interface.
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }
}
