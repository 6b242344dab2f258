using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace LpbCms.Api.Http;

/// <summary>
/// A read's answer made by <see cref="CachedJsonResponse"/>: 200 with the serialized <typeparamref name="T"/>
/// and its ETag, or 304 when the caller already has that ETag. Both are declared, because this
/// result really produces both.
/// </summary>
public sealed class CachedJson<T> : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private readonly IResult _inner;

    internal CachedJson(IResult inner, int statusCode)
    {
        _inner = inner;
        StatusCode = statusCode;
    }

    public int? StatusCode { get; }

    public Task ExecuteAsync(HttpContext httpContext) => _inner.ExecuteAsync(httpContext);

    // Explicit: CA1000 asks for no static members callable on a generic type; the framework calls it through the interface.
    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void), []));
    }
}
