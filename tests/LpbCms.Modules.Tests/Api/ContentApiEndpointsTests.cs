using System.Text.Json.Nodes;
using LpbCms.Api.Endpoints;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;
using LpbCms.Modules.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Modules.Tests.Api;

public sealed class ContentApiEndpointsTests
{
    [Fact]
    public async Task GetContentItemAsync_PublishedItem_OrchardJsonWithETag()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        var stored = await StoreAsync(services, published: true);
        await using var scope = services.CreateScope();
        var context = new DefaultHttpContext();

        var result = await ContentApiEndpoints.GetContentItemAsync(stored.ContentItemId, context, Manager(scope), TestContext.Current.CancellationToken);

        var json = Assert.IsType<JsonHttpResult<ContentItem>>(result.Result);
        Assert.Same(ContentItemJson.Options, json.JsonSerializerOptions);
        Assert.Equal(stored.ContentItemVersionId, json.Value!.ContentItemVersionId);
        Assert.True(json.Value.Published);
        Assert.Equal("Vijf gelukwensen van het LSA", json.Value.Content["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(context.Response.Headers.ETag));
        Assert.Equal("no-cache", context.Response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task GetContentItemAsync_OnlyADraft_NotFoundProblem()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        var stored = await StoreAsync(services, published: false);
        await using var scope = services.CreateScope();

        var result = await ContentApiEndpoints.GetContentItemAsync(stored.ContentItemId, new DefaultHttpContext(), Manager(scope), TestContext.Current.CancellationToken);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(StatusCodes.Status404NotFound, problem.StatusCode);
    }

    [Theory]
    [InlineData("4x8k7m2q9r1s3t5v6w0y8z2a1b")]
    [InlineData("../../etc/passwd")]
    [InlineData("id with spaces")]
    [InlineData("")]
    public async Task GetContentItemAsync_UnknownOrMalformedId_NotFoundProblem(string id)
    {
        await using var services = await ModuleTestServices.CreateAsync();
        await using var scope = services.CreateScope();

        var result = await ContentApiEndpoints.GetContentItemAsync(id, new DefaultHttpContext(), Manager(scope), TestContext.Current.CancellationToken);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(StatusCodes.Status404NotFound, problem.StatusCode);
    }

    [Fact]
    public async Task GetContentItemAsync_MatchingIfNoneMatch_NotModified()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        var stored = await StoreAsync(services, published: true);
        await using var scope = services.CreateScope();
        var first = new DefaultHttpContext();
        await ContentApiEndpoints.GetContentItemAsync(stored.ContentItemId, first, Manager(scope), TestContext.Current.CancellationToken);
        var second = new DefaultHttpContext();
        second.Request.Headers.IfNoneMatch = "\"other\", " + first.Response.Headers.ETag;

        var result = await ContentApiEndpoints.GetContentItemAsync(stored.ContentItemId, second, Manager(scope), TestContext.Current.CancellationToken);

        var status = Assert.IsType<StatusCodeHttpResult>(result.Result);
        Assert.Equal(StatusCodes.Status304NotModified, status.StatusCode);
        Assert.Equal(first.Response.Headers.ETag, second.Response.Headers.ETag);
    }

    [Fact]
    public async Task MapContentApiEndpoints_GetRoute_RequiresViewContentPolicy()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        app.MapContentApiEndpoints();

        var endpoint = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == ContentApiEndpoints.GetContentItemRouteName);
        Assert.Equal("/api/content/{contentItemId}", endpoint.RoutePattern.RawText);
        Assert.Contains(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == "Permission:ViewContent");
    }

    private static IContentManager Manager(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IContentManager>();

    private static async Task<ContentItem> StoreAsync(SqliteTestServices services, bool published)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = services.CreateScope();
        var now = new DateTime(2019, 7, 9, 10, 0, 0, DateTimeKind.Utc);
        var item = new ContentItem
        {
            ContentItemId = IdGenerator.NewId(),
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = "Gift",
            DisplayText = "Vijf gelukwensen van het LSA",
            Latest = true,
            Published = published,
            CreatedUtc = now,
            ModifiedUtc = now,
            PublishedUtc = published ? now : null,
            Content = new JsonObject { ["TitlePart"] = new JsonObject { ["Title"] = "Vijf gelukwensen van het LSA" } },
        };
        await using var transaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync(ct);
        await scope.ServiceProvider.GetRequiredService<IContentStore>().SaveAsync(item, [], ct);
        await transaction.CommitAsync(ct);
        return item;
    }
}
