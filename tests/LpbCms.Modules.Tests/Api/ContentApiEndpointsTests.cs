using LpbCms.Api.Endpoints;
using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace LpbCms.Modules.Tests.Api;

/// <summary>The content API's routes and their authorization (the behaviour is covered end to end in LpbCms.Web.Tests/Api).</summary>
public sealed class ContentApiEndpointsTests
{
    [Fact]
    public async Task MapContentApiEndpoints_GetRoute_RequiresViewContentPolicy()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        app.MapContentApiEndpoints();

        var endpoint = Endpoint(app, ContentApiEndpoints.GetContentItemRouteName);
        Assert.Equal("/api/content/{contentItemId}", endpoint.RoutePattern.RawText);
        Assert.Contains(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == "Permission:ViewContent");
    }

    [Theory]
    [InlineData("PostContentItem")]
    [InlineData("DeleteContentItem")]
    public async Task MapContentApiEndpoints_Writes_RequireBearerOnlyAndAccessContentApi(string name)
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        app.MapContentApiEndpoints();

        var policies = Endpoint(app, name).Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
        Assert.Contains(ApiAuthenticationSchemes.BearerOnlyPolicy, policies);
        Assert.Contains("Permission:AccessContentApi", policies);
    }

    private static RouteEndpoint Endpoint(WebApplication app, string name) =>
        ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name);
}
