using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json.Nodes;
using LpbCms.Api;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// The read cache for callers with credentials: a repeated published read is answered from the cache
/// (the response carries <c>Age</c>), but only to the same caller holding the same permissions; drafts,
/// fresh requests, changed roles, revoked clients and publishes all get a freshly computed answer or a refusal.
/// </summary>
public sealed class CallerCacheApiTests(ApiSite site) : IClassFixture<ApiSite>
{
    private const string GiftsQuery = """{"query":"{ gift(first: 100, orderBy: { position: ASC }) { displayText organisation } }"}""";

    [Fact]
    public async Task GraphQLPost_SameClientRepeats_SecondAnswerComesFromTheCacheAndStaysPrivate()
    {
        // A client of its own: another test's request must not have filled the entry already.
        using var client = site.Client(await NewClientTokenAsync("Editor"));

        using var first = await ApiJson.PostRawAsync(client, "/api/graphql", GiftsQuery);
        using var second = await ApiJson.PostRawAsync(client, "/api/graphql", GiftsQuery);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.True(second.Headers.CacheControl is { Private: true, Public: false });
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GraphQLPost_TwoClientsWithTheSameRoles_NeverShareAnEntry()
    {
        var role = await CreateRoleAsync(ApiPermissions.ExecuteGraphQL, ContentPermissions.ViewContent);
        using var first = site.Client(await NewClientTokenAsync(role));
        using var second = site.Client(await NewClientTokenAsync(role));

        using var firstAnswer = await ApiJson.PostRawAsync(first, "/api/graphql", GiftsQuery);
        using var firstAgain = await ApiJson.PostRawAsync(first, "/api/graphql", GiftsQuery);
        using var secondAnswer = await ApiJson.PostRawAsync(second, "/api/graphql", GiftsQuery);

        Assert.NotNull(firstAgain.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, secondAnswer.StatusCode);
        Assert.Null(secondAnswer.Headers.Age);
    }

    [Fact]
    public async Task GraphQLPost_DraftQuery_IsNeverCached()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));
        const string Drafts = """{"query":"{ gift(status: LATEST, first: 100) { displayText latest } }"}""";

        using var first = await ApiJson.PostRawAsync(client, "/api/graphql", Drafts);
        using var second = await ApiJson.PostRawAsync(client, "/api/graphql", Drafts);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.True(second.Headers.CacheControl is { Private: true, NoStore: true });
    }

    [Fact]
    public async Task GraphQLPost_RequestAsksForNoCache_IsExecutedAfresh()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));
        using var first = await ApiJson.PostRawAsync(client, "/api/graphql", GiftsQuery);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = new StringContent(GiftsQuery, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var fresh = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Null(fresh.Headers.Age);
    }

    [Fact]
    public async Task GraphQLPost_RoleGainsAPermission_NextAnswerIsComputedAfresh()
    {
        using var afterChange = await AfterRoleChangeAsync(ApiPermissions.AccessContentApi, grant: true);

        Assert.Equal(HttpStatusCode.OK, afterChange.StatusCode);
        Assert.Null(afterChange.Headers.Age);
    }

    [Fact]
    public async Task GraphQLPost_RoleLosesExecuteGraphQL_CachedAnswerIsRefused()
    {
        using var refused = await AfterRoleChangeAsync(ApiPermissions.ExecuteGraphQL, grant: false);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task GraphQLPost_RevokedClient_IsRefusedDespiteItsCachedAnswer()
    {
        var created = await site.CreateClientAsync("cache-revoke-" + Guid.NewGuid().ToString("N")[..8], "Editor");
        using var tokenResponse = await site.RequestTokenAsync(created.Client.ClientId, created.ClientSecret);
        var token = (string)(await ApiJson.ReadObjectAsync(tokenResponse))["access_token"]!;
        using var client = site.Client(token);
        using var first = await ApiJson.PostRawAsync(client, "/api/graphql", GiftsQuery);
        using var cached = await ApiJson.PostRawAsync(client, "/api/graphql", GiftsQuery);

        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IApiClientManager>().RevokeAsync(created.Client.ClientId, TestContext.Current.CancellationToken));
        }

        using var refused = await ApiJson.PostRawAsync(client, "/api/graphql", GiftsQuery);

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task GetById_WithToken_CachedForThatCallerAndEvictedOnPublish()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        var id = await CreateGiftAsync(editor, "Per aanvrager", null);
        using var first = await ApiJson.GetAsync(editor, "/api/content/" + id);
        using var cached = await ApiJson.GetAsync(editor, "/api/content/" + id);

        await CreateGiftAsync(editor, "Per aanvrager, herzien", id);
        using var afterPublish = await ApiJson.GetAsync(editor, "/api/content/" + id);

        Assert.NotNull(cached.Headers.Age);
        Assert.True(cached.Headers.CacheControl is { Private: true, Public: false });
        Assert.Equal("Per aanvrager, herzien", (string?)(await ApiJson.ReadObjectAsync(afterPublish))["DisplayText"]);
    }

    [Fact]
    public async Task GetById_InvalidToken_RefusedWithInvalidTokenNeverServedACachedAnswer()
    {
        using var anonymous = site.Client();
        var id = await CreateGiftAsync(site.Client(await site.TokenAsync("Editor")), "Ongeldig token", null);
        using var warm = await ApiJson.GetAsync(anonymous, "/api/content/" + id);
        using var warmAgain = await ApiJson.GetAsync(anonymous, "/api/content/" + id);
        using var forged = site.Client("not-a-token");

        using var response = await ApiJson.GetAsync(forged, "/api/content/" + id);

        Assert.NotNull(warmAgain.Headers.Age);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Headers.Age);
    }

    /// <summary>A client of a new role queries twice (the second answer from the cache), its role changes, and it asks once more: that last answer.</summary>
    private async Task<HttpResponseMessage> AfterRoleChangeAsync(Permission permission, bool grant)
    {
        var role = await CreateRoleAsync(ApiPermissions.ExecuteGraphQL, ContentPermissions.ViewContent);
        using var client = site.Client(await NewClientTokenAsync(role));
        using var first = await ApiJson.PostRawAsync(client, "/api/graphql", GiftsQuery);
        using var cached = await ApiJson.PostRawAsync(client, "/api/graphql", GiftsQuery);
        Assert.NotNull(cached.Headers.Age);

        await ChangeRoleAsync(role, permission, grant);
        return await ApiJson.PostRawAsync(client, "/api/graphql", GiftsQuery);
    }

    private async Task<string> NewClientTokenAsync(string role)
    {
        var created = await site.CreateClientAsync("cache-" + Guid.NewGuid().ToString("N")[..10], role);
        using var response = await site.RequestTokenAsync(created.Client.ClientId, created.ClientSecret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await ApiJson.ReadObjectAsync(response))["access_token"]!;
    }

    private async Task<string> CreateRoleAsync(params Permission[] permissions)
    {
        var name = "CacheRole" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>();
        var role = new LpbRole { Name = name };
        Assert.True((await roles.CreateAsync(role)).Succeeded);
        foreach (var permission in permissions)
        {
            Assert.True((await roles.AddClaimAsync(role, new Claim(LpbRole.PermissionClaimType, permission.Name))).Succeeded);
        }

        return name;
    }

    private async Task ChangeRoleAsync(string roleName, Permission permission, bool grant)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>();
        var role = await roles.FindByNameAsync(roleName) ?? throw new InvalidOperationException("No role " + roleName);
        var claim = new Claim(LpbRole.PermissionClaimType, permission.Name);
        var result = grant ? await roles.AddClaimAsync(role, claim) : await roles.RemoveClaimAsync(role, claim);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static async Task<string> CreateGiftAsync(HttpClient editor, string title, string? id)
    {
        var body = new JsonObject
        {
            ["ContentType"] = "Gift",
            ["ContentItemId"] = id ?? "new",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["Gift"] = new JsonObject
            {
                ["Authors"] = new JsonObject { ["Text"] = "Cache Auteur" },
                ["Organisation"] = new JsonObject { ["Text"] = "Cache per aanvrager" },
                ["Position"] = new JsonObject { ["Value"] = 8 },
            },
        };
        using var response = await ApiJson.PostAsync(editor, "/api/content?draft=false", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (string)(await ApiJson.ReadObjectAsync(response))["ContentItemId"]!;
    }
}
