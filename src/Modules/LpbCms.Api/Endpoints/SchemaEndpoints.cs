using LpbCms.Api.Http;
using LpbCms.Api.Schema;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Api.Endpoints;

/// <summary><c>GET /api/schema/{type}</c>: the JSON Schema of a type's Orchard JSON.</summary>
public static class SchemaEndpoints
{
    public static async Task<IResult> GetAsync(string type, HttpContext httpContext, [FromServices] IContentDefinitionManager definitions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var document = await definitions.GetDocumentAsync(ct);
        if (document.FindType(type) is not { } definition)
        {
            return ApiProblems.NotFound($"There is no content type '{type}'.");
        }

        var schema = ContentTypeJsonSchema.Build(document, definition, httpContext.RequestServices.GetRequiredService<IContentCatalog>());
        return CachedJsonResponse.Create(httpContext, schema, System.Text.Json.JsonSerializerOptions.Default, publishedOnly: true);
    }
}
