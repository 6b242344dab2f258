using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// The OpenAPI document's responses come from the code: each handler's <c>Results&lt;…&gt;</c> type
/// and its route group's permission convention. These tests pin the statuses per operation and
/// check that the document shows exactly what the endpoints' metadata declares.
/// </summary>
public sealed class OpenApiResponsesTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Theory]
    [InlineData("get", "/api/content", "200 304 400 401 403")]
    [InlineData("get", "/api/content/{contentItemId}", "200 304 400 401 403 404")]
    [InlineData("get", "/api/content/by-path/{path}", "200 304 400 401 403 404")]
    [InlineData("post", "/api/content", "200 400 401 403 409")]
    [InlineData("delete", "/api/content/{contentItemId}", "200 401 403 404")]
    [InlineData("get", "/api/schema/{type}", "200 304 401 403 404")]
    [InlineData("post", "/api/graphql", "200 400 401 403")]
    [InlineData("get", "/api/graphql", "200 400 401 403")]
    public async Task OpenApi_Operation_ListsTheResponsesItsResultsDeclare(string method, string path, string expected)
    {
        var paths = await ReadPathsAsync();

        var responses = paths[path]![method]!["responses"]!.AsObject().Select(r => r.Key);

        Assert.Equal(expected.Split(' '), responses.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenApi_EveryApiOperation_ListsExactlyTheStatusesItsEndpointDeclares()
    {
        var paths = await ReadPathsAsync();
        var endpoints = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .ToDictionary(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName, StringComparer.Ordinal);

        var operations = paths.Where(p => p.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Select(o => o.Value!.AsObject()))
            .ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, operation =>
        {
            var name = operation["operationId"]?.GetValue<string>();
            Assert.NotNull(name);
            var declared = endpoints[name].Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
                .Select(m => m.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            Assert.Equal(declared, operation["responses"]!.AsObject().Select(r => r.Key).Order(StringComparer.Ordinal));
        });
    }

    private async Task<JsonObject> ReadPathsAsync()
    {
        using var client = site.Client();
        using var response = await ApiJson.GetAsync(client, "/openapi/v1.json");
        return (await ApiJson.ReadObjectAsync(response))["paths"]!.AsObject();
    }
}
