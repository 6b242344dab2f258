using System.Net;
using System.Text.Json.Nodes;
using LpbCms.Core.Recipes;
using LpbCms.Core.Security;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace LpbCms.Web.Tests.Api;

/// <summary>API clients: the token endpoint, hashed secrets, revocation, roles in tokens, and the OpenIdApplication recipe step.</summary>
public sealed class ApiClientTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Fact]
    public async Task Token_ValidSecret_IssuesBearerToken()
    {
        var created = await site.CreateClientAsync("client-valid", "Editor");

        using var response = await site.RequestTokenAsync(created.Client.ClientId, created.ClientSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ApiJson.ReadObjectAsync(response);
        Assert.Equal("Bearer", (string?)body["token_type"]);
        Assert.False(string.IsNullOrEmpty((string?)body["access_token"]));
    }

    [Fact]
    public async Task Token_WrongSecret_IsRefused()
    {
        var created = await site.CreateClientAsync("client-wrong", "Editor");

        using var response = await site.RequestTokenAsync(created.Client.ClientId, created.ClientSecret + "x");

        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("invalid_client", (string?)(await ApiJson.ReadObjectAsync(response))["error"]);
    }

    [Fact]
    public async Task Create_StoresOnlyTheHashOfTheSecret()
    {
        var created = await site.CreateClientAsync("client-hash", "Editor");

        using var scope = site.Factory.Services.CreateScope();
        var manager = scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictApplicationManager>();
        var application = await manager.FindByClientIdAsync("client-hash", TestContext.Current.CancellationToken);
        var stored = Assert.IsType<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>(application).ClientSecret;

        Assert.NotNull(stored);
        Assert.DoesNotContain(created.ClientSecret, stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoke_RefusesTokensAlreadyIssued()
    {
        var created = await site.CreateClientAsync("client-revoked", "Editor");
        using var tokenResponse = await site.RequestTokenAsync(created.Client.ClientId, created.ClientSecret);
        var token = (string)(await ApiJson.ReadObjectAsync(tokenResponse))["access_token"]!;
        using var client = site.Client(token);
        using var before = await ApiJson.GetAsync(client, "/api/content?type=BlogPost&status=latest");

        using (var scope = site.Factory.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IApiClientManager>().RevokeAsync("client-revoked", TestContext.Current.CancellationToken));
        }

        using var after = await ApiJson.GetAsync(client, "/api/content?type=BlogPost&status=latest");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Revoke_TokenVouchedForByCache_RefusedRightAfter()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = await site.CreateClientAsync("client-cached", "Editor");
        using var tokenResponse = await site.RequestTokenAsync(created.Client.ClientId, created.ClientSecret);
        var token = (string)(await ApiJson.ReadObjectAsync(tokenResponse))["access_token"]!;
        using var client = site.Client(token);
        using var first = await ApiJson.GetAsync(client, "/api/content?type=BlogPost&status=latest");

        // Revoke the token entry behind the cache's back: the next request is still accepted, which
        // shows it no longer reads the entry from the database.
        using (var scope = site.Factory.Services.CreateScope())
        {
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
            var application = await applications.FindByClientIdAsync("client-cached", ct);
            var applicationId = await applications.GetIdAsync(application!, ct);
            await foreach (var entry in tokens.FindByApplicationIdAsync(applicationId!, ct))
            {
                Assert.True(await tokens.TryRevokeAsync(entry, ct));
            }
        }

        using var cached = await ApiJson.GetAsync(client, "/api/content?type=BlogPost&status=latest");
        using (var scope = site.Factory.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<IApiClientManager>().RevokeAsync("client-cached", ct));
        }

        using var after = await ApiJson.GetAsync(client, "/api/content?type=BlogPost&status=latest");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Create_UnknownRole_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => site.CreateClientAsync("client-badrole", "NoSuchRole"));
    }

    [Fact]
    public async Task Create_TakenClientId_Throws()
    {
        await site.CreateClientAsync("client-taken", "Editor");

        await Assert.ThrowsAsync<ArgumentException>(() => site.CreateClientAsync("client-taken", "Editor"));
    }

    [Fact]
    public async Task List_ShowsClientsWithRoles()
    {
        await site.CreateClientAsync("client-listed", "Author", "Contributor");
        using var scope = site.Factory.Services.CreateScope();

        var clients = await scope.ServiceProvider.GetRequiredService<IApiClientManager>().ListAsync(TestContext.Current.CancellationToken);

        var listed = Assert.Single(clients, c => c.ClientId == "client-listed");
        Assert.Equal(["Author", "Contributor"], listed.Roles);
    }

    [Fact]
    public async Task RecipeStep_OpenIdApplication_CreatesUsableClient()
    {
        await RunOpenIdApplicationStepAsync("recipe-client", new JsonArray(new JsonObject { ["Name"] = "Editor", ["Selected"] = true }, new JsonObject { ["Name"] = "Author", ["Selected"] = false }));

        using var response = await site.RequestTokenAsync("recipe-client", "recipe-secret-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Editor"], await RolesOfAsync("recipe-client"));
    }

    [Fact]
    public async Task RecipeStep_OpenIdApplicationRoleEntriesWithoutSelected_GrantsEveryListedRole()
    {
        // Orchard's own recipes list role names without "Selected"; Orchard grants them all.
        await RunOpenIdApplicationStepAsync("orchard-client", new JsonArray(new JsonObject { ["Name"] = "Editor" }, new JsonObject { ["Name"] = "Author" }, new JsonObject { ["Name"] = "Contributor", ["Selected"] = false }));

        Assert.Equal(["Author", "Editor"], (await RolesOfAsync("orchard-client")).Order(StringComparer.Ordinal));
    }

    private async Task RunOpenIdApplicationStepAsync(string clientId, JsonArray roleEntries)
    {
        var recipe = new JsonObject
        {
            ["name"] = "api-client-" + clientId,
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "OpenIdApplication",
                ["ClientId"] = clientId,
                ["DisplayName"] = "Nieuwsbrief",
                ["Type"] = "confidential",
                ["ClientSecret"] = "recipe-secret-1",
                ["AllowClientCredentialsFlow"] = true,
                ["RoleEntries"] = roleEntries,
            }),
        };
        var path = Path.Combine(site.Factory.DataPath, clientId + ".recipe.json");
        await File.WriteAllTextAsync(path, recipe.ToJsonString(), TestContext.Current.CancellationToken);
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var descriptor = await services.GetRequiredService<IRecipeReader>().ReadFileAsync(path, TestContext.Current.CancellationToken);
        await services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(descriptor, new RecipeExecutionContext(), TestContext.Current.CancellationToken);
    }

    private async Task<IReadOnlyList<string>> RolesOfAsync(string clientId)
    {
        using var scope = site.Factory.Services.CreateScope();
        var clients = await scope.ServiceProvider.GetRequiredService<IApiClientManager>().ListAsync(TestContext.Current.CancellationToken);
        return [.. Assert.Single(clients, c => c.ClientId == clientId).Roles];
    }
}
