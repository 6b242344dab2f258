using LpbCms.Web.Abstractions.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace LpbCms.Api.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> (a copy is committed as
/// <c>src/Modules/LpbCms.Api/OpenApi/v1.json</c>; a test fails when they differ) and the Scalar
/// docs UI at <c>/api/docs</c>, whose script is served by the application itself, not a CDN (nor
/// its fonts); its inline start script carries the request's CSP nonce (<see cref="ApiContentSecurityPolicy"/>).
/// </summary>
public static class OpenApiRegistration
{
    public const string DocumentName = "v1";

    public const string DocumentPath = "/openapi/{documentName}.json";

    public const string DocsPath = "/api/docs";

    public static IServiceCollection AddLpbOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options => options
            .AddDocumentTransformer<ApiContractDocument>()
            .AddOperationTransformer<ApiSecurityRequirements>());

    public static IEndpointRouteBuilder MapLpbOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPath);
        endpoints.MapScalarApiReference(DocsPath, (options, context) => options
            .WithTitle("LpbCms API")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableDefaultFonts()
            .WithNonce(context.GetCspNonce()));
        return endpoints;
    }
}
