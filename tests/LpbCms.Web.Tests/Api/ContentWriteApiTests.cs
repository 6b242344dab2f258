using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using LpbCms.Api;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Api;

/// <summary>POST and DELETE /api/content: bearer tokens only, permissions, Orchard's upsert and merge, bad input stores nothing.</summary>
public sealed class ContentWriteApiTests(ApiSite site) : IClassFixture<ApiSite>
{
    private static JsonObject NewGift(string title) => new()
    {
        ["ContentType"] = "Gift",
        ["ContentItemId"] = "unknown-id-from-client",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["Gift"] = new JsonObject
        {
            ["Authors"] = new JsonObject { ["Text"] = "Test Auteur" },
            ["Organisation"] = new JsonObject { ["Text"] = "API test" },
            ["Article"] = new JsonObject { ["ContentItemIds"] = new JsonArray("a") },
            ["Position"] = new JsonObject { ["Value"] = 9 },
        },
    };

    [Fact]
    public async Task Post_NoToken_Returns401()
    {
        using var client = site.Client();

        using var response = await ApiJson.PostAsync(client, "/api/content", NewGift("Anonymous"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdministratorCookie_Returns401()
    {
        using var client = site.Client();
        client.DefaultRequestHeaders.Add("Cookie", await site.SignInCookieAsync(LpbCmsFactory.AdminUserName));

        using var response = await ApiJson.PostAsync(client, "/api/content", NewGift("By cookie"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ContributorToken_Returns403()
    {
        using var client = site.Client(await site.TokenAsync("Contributor"));

        using var response = await ApiJson.PostAsync(client, "/api/content", NewGift("Contributor"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_EditorTokenPublish_CreatesWithServerIdAndServesIt()
    {
        using var client = site.Client(await site.TokenAsync("Editor"));

        using var response = await ApiJson.PostAsync(client, "/api/content", NewGift("Published by API"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await ApiJson.ReadObjectAsync(response);
        var id = (string)created["ContentItemId"]!;
        Assert.NotEqual("unknown-id-from-client", id);
        Assert.Equal(26, id.Length);
        using var anonymous = site.Client();
        using var read = await ApiJson.GetAsync(anonymous, "/api/content/" + id);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Published by API", (string?)(await ApiJson.ReadObjectAsync(read))["DisplayText"]);
    }

    [Fact]
    public async Task Post_Draft_IsNeverVisibleAnonymouslyButPreviewableWithToken()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        using var response = await ApiJson.PostAsync(editor, "/api/content?draft=true", NewGift("Draft by API"));
        var id = (string)(await ApiJson.ReadObjectAsync(response))["ContentItemId"]!;
        using var anonymous = site.Client();

        using var published = await ApiJson.GetAsync(anonymous, "/api/content/" + id);
        using var anonymousDraft = await ApiJson.GetAsync(anonymous, $"/api/content/{id}?status=draft");
        using var anonymousList = await ApiJson.GetAsync(anonymous, "/api/content?type=Gift&Gift.Organisation=API%20test&first=100");
        using var preview = await ApiJson.GetAsync(editor, $"/api/content/{id}?status=draft");

        Assert.Equal(HttpStatusCode.NotFound, published.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousDraft.StatusCode);
        Assert.DoesNotContain(id, await anonymousList.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.True(preview.Headers.CacheControl is { Public: false, Private: true });
        Assert.False((bool)(await ApiJson.ReadObjectAsync(preview))["Published"]!);
    }

    [Fact]
    public async Task Post_KnownId_MergesPartsAndReplacesArrays()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        using var created = await ApiJson.PostAsync(editor, "/api/content", NewGift("Before merge"));
        var id = (string)(await ApiJson.ReadObjectAsync(created))["ContentItemId"]!;
        var update = new JsonObject
        {
            ["ContentItemId"] = id,
            ["Gift"] = new JsonObject { ["Article"] = new JsonObject { ["ContentItemIds"] = new JsonArray("c") }, ["Position"] = new JsonObject { ["Value"] = 3 } },
        };

        using var response = await ApiJson.PostAsync(editor, "/api/content", update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await ApiJson.ReadObjectAsync(response);
        Assert.Equal(id, (string?)item["ContentItemId"]);
        Assert.Equal(["c"], item["Gift"]!["Article"]!["ContentItemIds"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("API test", (string?)item["Gift"]!["Organisation"]!["Text"]);
        Assert.Equal("Before merge", (string?)item["TitlePart"]!["Title"]);
    }

    [Theory]
    [InlineData("{\"ContentType\": \"Gift\", ", "Malformed JSON")]
    [InlineData("[1, 2, 3]", "Not a JSON object")]
    [InlineData("\"text\"", "Not a JSON object")]
    [InlineData("{\"ContentType\": \"NoSuchType\"}", "Unknown content type")]
    [InlineData("{\"ContentType\": \"Gift\", \"TitlePart\": {\"Title\": \"Wrong field\"}, \"Gift\": {\"Position\": {\"Value\": \"many\"}}}", "The content item is not valid")]
    [InlineData("{\"ContentType\": \"Gift\", \"TitlePart\": 5}", "Invalid content item")]
    [InlineData("{\"ContentType\": \"Gift\", \"Published\": \"sometimes\"}", "Invalid content item")]
    public async Task Post_BadBody_Returns400AndStoresNothing(string body, string title)
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        var before = await CountGiftsAsync();

        using var response = await ApiJson.PostRawAsync(editor, "/api/content", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, (string?)(await ApiJson.ReadObjectAsync(response))["title"]);
        Assert.Equal(before, await CountGiftsAsync());
    }

    [Fact]
    public async Task Post_OversizeBody_Returns400()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        var body = "{\"ContentType\":\"Gift\",\"HtmlBodyPart\":{\"Html\":\"" + new string('x', 2 * 1024 * 1024) + "\"}}";

        using var response = await ApiJson.PostRawAsync(editor, "/api/content", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Request body too large", (string?)(await ApiJson.ReadObjectAsync(response))["title"]);
    }

    [Fact]
    public async Task Delete_EditorToken_SoftDeletesItem()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        using var created = await ApiJson.PostAsync(editor, "/api/content", NewGift("To delete"));
        var id = (string)(await ApiJson.ReadObjectAsync(created))["ContentItemId"]!;

        using var response = await editor.DeleteAsync(new Uri("/api/content/" + id, UriKind.Relative), TestContext.Current.CancellationToken);
        using var read = await ApiJson.GetAsync(editor, $"/api/content/{id}?status=latest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Delete_ContributorToken_Returns403()
    {
        var article = RecipeContentItem.Find(RecipeFiles.LpbSite, "BlogPost", "25 jaar LPB: Van wijkgericht werken naar werken in wijken");
        using var contributor = site.Client(await site.TokenAsync("Contributor"));

        using var response = await contributor.DeleteAsync(new Uri("/api/content/" + article.Id, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Delete_UnknownId_Returns404()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));

        using var response = await editor.DeleteAsync(new Uri("/api/content/0000000000000000000000000z", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_ApiClientCreates_OwnerIsTheClientAndAuthorItsName()
    {
        var clientId = "koppeling-" + Guid.NewGuid().ToString("N")[..8];
        using var client = site.Client(await TokenAsync(clientId, "Nieuwsbriefkoppeling", "Editor"));

        using var response = await ApiJson.PostAsync(client, "/api/content?draft=true", NewGift("Door een koppeling"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var created = await ApiJson.ReadObjectAsync(response);
        Assert.Equal(clientId, (string?)created["Owner"]);
        Assert.Equal("Nieuwsbriefkoppeling", (string?)created["Author"]);
    }

    [Fact]
    public async Task Post_ClientWithEditOwnContentOnly_EditsTheItemItOwnsAndNoOther()
    {
        var role = "EigenInhoud" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>();
            var created = new LpbRole { Name = role };
            Assert.True((await roles.CreateAsync(created)).Succeeded);
            foreach (var permission in new[] { ApiPermissions.AccessContentApi, ContentPermissions.EditOwnContent, ContentPermissions.ViewContent })
            {
                Assert.True((await roles.AddClaimAsync(created, new Claim(LpbRole.PermissionClaimType, permission.Name))).Succeeded);
            }
        }

        var clientId = "eigen-" + Guid.NewGuid().ToString("N")[..8];
        var own = await CreateDraftGiftAsync("Van de koppeling", owner: clientId);
        var other = await CreateDraftGiftAsync("Van iemand anders", owner: "iemand-anders");
        using var client = site.Client(await TokenAsync(clientId, "Eigen koppeling", role));

        var ownUpdate = NewGift("Van de koppeling, bijgewerkt");
        ownUpdate["ContentItemId"] = own;
        var otherUpdate = NewGift("Overgenomen");
        otherUpdate["ContentItemId"] = other;
        using var ownResponse = await ApiJson.PostAsync(client, "/api/content?draft=true", ownUpdate);
        using var otherResponse = await ApiJson.PostAsync(client, "/api/content?draft=true", otherUpdate);
        using var newResponse = await ApiJson.PostAsync(client, "/api/content?draft=true", NewGift("Nieuw zonder EditContent"));

        Assert.Equal(HttpStatusCode.OK, ownResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, newResponse.StatusCode);
        await using var check = site.Factory.Services.CreateAsyncScope();
        var manager = check.ServiceProvider.GetRequiredService<IContentManager>();
        Assert.Equal("Van iemand anders", (await manager.GetAsync(other, VersionScope.Latest, TestContext.Current.CancellationToken))!.DisplayText);
    }

    private async Task<string> TokenAsync(string clientId, string displayName, string role)
    {
        CreatedApiClient created;
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            created = await scope.ServiceProvider.GetRequiredService<IApiClientManager>().CreateAsync(clientId, displayName, [role], TestContext.Current.CancellationToken);
        }

        using var response = await site.RequestTokenAsync(created.Client.ClientId, created.ClientSecret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await ApiJson.ReadObjectAsync(response))["access_token"]!;
    }

    private async Task<string> CreateDraftGiftAsync(string title, string owner)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync("Gift", TestContext.Current.CancellationToken);
        var gift = NewGift(title);
        item.Content["TitlePart"] = gift["TitlePart"]!.DeepClone();
        item.Content["Gift"] = gift["Gift"]!.DeepClone();
        item.Owner = owner;
        await manager.CreateAsync(item, publish: false, TestContext.Current.CancellationToken);
        return item.ContentItemId;
    }

    private async Task<int> CountGiftsAsync()
    {
        using var editor = site.Client(await site.TokenAsync("Editor"));
        using var response = await ApiJson.GetAsync(editor, "/api/content?type=Gift&status=latest&first=1");
        return (int)(await ApiJson.ReadObjectAsync(response))["totalCount"]!;
    }
}
