using System.Text.Json.Nodes;
using LpbCms.Api.Http;
using LpbCms.Api.Schema;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Api.Endpoints;

/// <summary><c>GET /api/schema/{type}</c>: the JSON Schema of a type's Orchard JSON; needs <c>ViewContent</c>.</summary>
public static class SchemaEndpoints
{
    public const string RoutePrefix = "/api/schema";

    public static RouteGroupBuilder MapSchemaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(RoutePrefix).WithTags("Schema").RequireApiPermission(ContentPermissions.ViewContent);
        group.MapGet("/{type}", GetAsync)
            .WithName("GetContentTypeSchema")
            .WithSummary("The JSON Schema of a content type's Orchard JSON, generated from its definition.");
        return group;
    }

    public static async Task<Results<CachedJson<JsonObject>, NotFoundProblem>> GetAsync(
        string type, HttpContext httpContext, [FromServices] IContentDefinitionManager definitions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var document = await definitions.GetDocumentAsync(ct);
        if (document.FindType(type) is not { } definition)
        {
            return new NotFoundProblem($"There is no content type '{type}'.");
        }

        var schema = ContentTypeJsonSchema.Build(document, definition, httpContext.RequestServices.GetRequiredService<IContentCatalog>());
        return CachedJsonResponse.Create(httpContext, schema, System.Text.Json.JsonSerializerOptions.Default, publishedOnly: true);
    }
}
