using LpbCms.Media.Endpoints;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LpbCms.Modules.Tests.Media;

public sealed class MediaEndpointsRoutingTests
{
    [Fact]
    public async Task MapMediaEndpoints_Route_PublicGetAndHeadUnderMedia()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        app.MapMediaEndpoints();

        var endpoint = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == MediaEndpoints.GetMediaFileRouteName);
        Assert.Equal("/media/{**path}", endpoint.RoutePattern.RawText);
        Assert.NotNull(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
        Assert.Equal("GET,HEAD", string.Join(',', endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods));
    }
}
