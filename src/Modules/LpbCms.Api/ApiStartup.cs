using LpbCms.Api.Cors;
using LpbCms.Api.Endpoints;
using LpbCms.Api.GraphQL;
using LpbCms.Api.Http;
using LpbCms.Api.OpenApi;
using LpbCms.Api.Querying;
using LpbCms.Api.RateLimiting;
using LpbCms.Core.Security;
using LpbCms.Web.Abstractions;
using LpbCms.Web.Abstractions.Caching;
using LpbCms.Web.Abstractions.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LpbCms.Api;

/// <summary>
/// The headless API: Orchard's REST content endpoints and ours (lists, paths, drafts, expansion,
/// schemas), GraphQL, the OpenAPI document and its docs UI, CORS and rate limits.
/// </summary>
public sealed class ApiStartup : IModuleStartup
{
    public string Name => "LpbCms.Api";

    /// <summary>
    /// Contents: writes are validated and completed by its parts and fields. Users: bearer tokens,
    /// permission policies and the caller's cache key; its middleware rejects an invalid token
    /// before the rate limiter and the endpoints see the request as anonymous.
    /// </summary>
    public IReadOnlyList<string> Dependencies { get; } = ["LpbCms.Contents", "LpbCms.Users"];

    public IReadOnlyList<string> Features { get; } = ["OrchardCore.Apis", "OrchardCore.Apis.GraphQL", "OrchardCore.Contents.Api"];

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissionProvider<ApiPermissions>();
        services.AddProblemDetails();
        services.AddOptions<ContentApiOptions>().Bind(configuration.GetSection(ContentApiOptions.SectionName));
        services.TryAddScoped<DraftAccess>();
        services.TryAddScoped<ContentExpander>();
        services.TryAddScoped<ListRequestParser>();
        services.AddLpbApiCors(configuration);
        services.AddLpbApiRateLimits(configuration);
        services.AddLpbOpenApi();
        services.AddContentSecurityPolicy("/api", ApiContentSecurityPolicy.Json);
        services.AddContentSecurityPolicy(OpenApiRegistration.DocsPath, ApiContentSecurityPolicy.DocsUi);
        services.AddHttpContextAccessor();
        services.TryAddSingleton<ContentSchemaProvider>();
        services.TryAddSingleton<GraphQLDocumentCache>();
        services.AddLpbPublishedOutputCache();
        services.AddOutputCache(ApiReadCachePolicy.Register);
    }

    public void Configure(IApplicationBuilder app) => app.UseRateLimiter();

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapContentApiEndpoints();
        endpoints.MapSchemaEndpoints();
        endpoints.MapGraphQLEndpoint();
        endpoints.MapLpbOpenApi();
    }
}
