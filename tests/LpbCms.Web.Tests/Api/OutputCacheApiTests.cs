using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using LpbCms.Api;
using LpbCms.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// The anonymous output cache of the API and the role permission cache: evicted at once on change,
/// never shared between anonymous and privileged callers, drafts never served anonymously.
/// </summary>
public sealed class OutputCacheApiTests(ApiSite site) : IClassFixture<ApiSite>
{
    private static JsonObject Gift(string title, string? id = null) => new()
    {
        ["ContentType"] = "Gift",
        ["ContentItemId"] = id ?? "new",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["Gift"] = new JsonObject
        {
            ["Authors"] = new JsonObject { ["Text"] = "Cache Auteur" },
            ["Organisation"] = new JsonObject { ["Text"] = "Cache test" },
            ["Position"] = new JsonObject { ["Value"] = 7 },
        },
    };

    [Fact]
    public async Task GetById_CachedAnonymousResponse_IsEvictedAtOnceOnPublish()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        var id = await CreateAsync(editor, Gift("Eerste versie"), draft: false);
        using var anonymous = site.Client();
        Assert.Equal("Eerste versie", await DisplayTextAsync(anonymous, "/api/content/" + id));
        Assert.Equal("Eerste versie", await DisplayTextAsync(anonymous, "/api/content/" + id));

        await CreateAsync(editor, Gift("Tweede versie", id), draft: false);

        Assert.Equal("Tweede versie", await DisplayTextAsync(anonymous, "/api/content/" + id));
    }

    [Fact]
    public async Task List_CachedAnonymousResponse_ShowsNewlyPublishedAndDropsDeletedItemsAtOnce()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        using var anonymous = site.Client();
        const string Url = "/api/content?type=Gift&Gift.Organisation=Cache%20test&first=100";
        var before = await BodyAsync(anonymous, Url);

        var id = await CreateAsync(editor, Gift("Nieuw gepubliceerd"), draft: false);
        var afterPublish = await BodyAsync(anonymous, Url);
        using var deleted = await editor.DeleteAsync(new Uri("/api/content/" + id, UriKind.Relative), TestContext.Current.CancellationToken);
        var afterDelete = await BodyAsync(anonymous, Url);
        using var item = await ApiJson.GetAsync(anonymous, "/api/content/" + id);

        Assert.DoesNotContain(id, before, StringComparison.Ordinal);
        Assert.Contains(id, afterPublish, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.DoesNotContain(id, afterDelete, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
    }

    [Fact]
    public async Task GetById_PrivilegedAndAnonymousOnSameUrl_NeverShareAResponse()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        var id = await CreateAsync(editor, Gift("Gepubliceerd"), draft: false);
        await CreateAsync(editor, Gift("Concept", id), draft: true);
        using var anonymous = site.Client();

        using var privilegedFirst = await ApiJson.GetAsync(editor, $"/api/content/{id}");
        using var anonymousAfterPrivileged = await ApiJson.GetAsync(anonymous, $"/api/content/{id}");
        using var privilegedAfterAnonymous = await ApiJson.GetAsync(editor, $"/api/content/{id}");
        using var privilegedLatest = await ApiJson.GetAsync(editor, $"/api/content/{id}?status=latest");
        using var anonymousLatest = await ApiJson.GetAsync(anonymous, $"/api/content/{id}?status=latest");

        Assert.True(privilegedFirst.Headers.CacheControl is { Private: true, Public: false });
        Assert.True(anonymousAfterPrivileged.Headers.CacheControl is { Public: true, Private: false });
        Assert.True(privilegedAfterAnonymous.Headers.CacheControl is { Private: true, Public: false });
        Assert.Equal("Concept", (string?)(await ApiJson.ReadObjectAsync(privilegedLatest))["DisplayText"]);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousLatest.StatusCode);
        Assert.Equal("Gepubliceerd", (string?)(await ApiJson.ReadObjectAsync(anonymousAfterPrivileged))["DisplayText"]);
    }

    [Fact]
    public async Task GetById_DraftSavedOverCachedPublishedVersion_AnonymousKeepsSeeingThePublishedVersion()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        var id = await CreateAsync(editor, Gift("Openbaar"), draft: false);
        using var anonymous = site.Client();
        Assert.Equal("Openbaar", await DisplayTextAsync(anonymous, "/api/content/" + id));

        await CreateAsync(editor, Gift("Geheim concept", id), draft: true);

        Assert.Equal("Openbaar", await DisplayTextAsync(anonymous, "/api/content/" + id));
        Assert.DoesNotContain("Geheim concept", await BodyAsync(anonymous, "/api/content?type=Gift&Gift.Organisation=Cache%20test&first=100"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetById_AnonymousViewContentRevoked_NextRequestIsRefusedEvenWhenCached()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        var id = await CreateAsync(editor, Gift("Rechten"), draft: false);
        using var anonymous = site.Client();
        using var cached = await ApiJson.GetAsync(anonymous, "/api/content/" + id);

        await ChangeAnonymousViewContentAsync(grant: false);
        HttpStatusCode revoked;
        try
        {
            using var response = await ApiJson.GetAsync(anonymous, "/api/content/" + id);
            revoked = response.StatusCode;
        }
        finally
        {
            await ChangeAnonymousViewContentAsync(grant: true);
        }

        using var restored = await ApiJson.GetAsync(anonymous, "/api/content/" + id);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
    }

    [Fact]
    public async Task GraphQLPost_AnonymousCachedResult_IsEvictedOnPublishAndNeverSharedWithTokens()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        using var anonymous = site.Client();
        const string Query = """{"query":"{ gift(first: 100, where: { organisation: \"GraphQL cache\" }) { displayText } }"}""";
        await ChangeAnonymousPermissionAsync(ApiPermissions.ExecuteGraphQL, grant: true);
        try
        {
            var before = await GraphQLAsync(anonymous, Query, expectPublic: true);
            var gift = Gift("Via GraphQL gecachet");
            gift["Gift"]!["Organisation"] = new JsonObject { ["Text"] = "GraphQL cache" };
            await CreateAsync(editor, gift, draft: false);
            var afterPublish = await GraphQLAsync(anonymous, Query, expectPublic: true);
            var privileged = await GraphQLAsync(editor, Query, expectPublic: false);

            Assert.DoesNotContain("Via GraphQL gecachet", before, StringComparison.Ordinal);
            Assert.Contains("Via GraphQL gecachet", afterPublish, StringComparison.Ordinal);
            Assert.Contains("Via GraphQL gecachet", privileged, StringComparison.Ordinal);
        }
        finally
        {
            await ChangeAnonymousPermissionAsync(ApiPermissions.ExecuteGraphQL, grant: false);
        }
    }

    private static async Task<string> GraphQLAsync(HttpClient client, string body, bool expectPublic)
    {
        using var response = await ApiJson.PostRawAsync(client, "/api/graphql", body);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal(expectPublic, response.Headers.CacheControl?.Public == true);
        Assert.Equal(!expectPublic, response.Headers.CacheControl?.Private == true);
        return text;
    }

    private Task ChangeAnonymousViewContentAsync(bool grant) => ChangeAnonymousPermissionAsync(ContentPermissions.ViewContent, grant);

    private async Task ChangeAnonymousPermissionAsync(Permission permission, bool grant)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>();
        var anonymousRole = await roles.FindByNameAsync("Anonymous") ?? throw new InvalidOperationException("No Anonymous role.");
        var claim = new Claim(LpbRole.PermissionClaimType, permission.Name);
        var result = grant ? await roles.AddClaimAsync(anonymousRole, claim) : await roles.RemoveClaimAsync(anonymousRole, claim);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static async Task<string> CreateAsync(HttpClient editor, JsonObject body, bool draft)
    {
        using var response = await ApiJson.PostAsync(editor, "/api/content?draft=" + (draft ? "true" : "false"), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await ApiJson.ReadObjectAsync(response))["ContentItemId"]!;
    }

    private static async Task<string?> DisplayTextAsync(HttpClient client, string url)
    {
        using var response = await ApiJson.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string?)(await ApiJson.ReadObjectAsync(response))["DisplayText"];
    }

    private static async Task<string> BodyAsync(HttpClient client, string url)
    {
        using var response = await ApiJson.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
