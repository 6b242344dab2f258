using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using LpbCms.Core.Security;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// The seeded LPB site for API tests, with helpers for API clients (one per role set, created
/// through <see cref="IApiClientManager"/>, token from <c>/connect/token</c>) and cookie sessions.
/// </summary>
public class ApiSite : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new(StringComparer.Ordinal);

    public ApiSite()
        : this(new LpbCmsFactory())
    {
    }

    /// <summary>The same helpers on another site (e.g. one set up with an Orchard recipe).</summary>
    protected ApiSite(LpbCmsFactory factory)
    {
        Factory = factory;
    }

    public LpbCmsFactory Factory { get; }

    /// <summary>The helpers on a site of the caller's making (another database provider, say); disposed with this.</summary>
    public static ApiSite On(LpbCmsFactory factory) => new(factory);

    public ValueTask InitializeAsync() => Factory.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public HttpClient Client(string? token = null)
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A token of a client holding <paramref name="roles"/> (cached per role set).</summary>
    public Task<string> TokenAsync(params string[] roles) =>
        _tokens.GetOrAdd(string.Join(',', roles), _ => IssueTokenAsync(roles));

    public async Task<CreatedApiClient> CreateClientAsync(string clientId, params string[] roles)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IApiClientManager>().CreateAsync(clientId, clientId, roles, TestContext.Current.CancellationToken);
    }

    public async Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret)
    {
        using var client = Client();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        });
        return await client.PostAsync(new Uri("/connect/token", UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    /// <summary>The Identity cookie of a signed-in user, made by the site's own sign-in manager.</summary>
    public async Task<string> SignInCookieAsync(string userName)
    {
        using var scope = Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        var signIn = services.GetRequiredService<SignInManager<LpbUser>>();
        var user = await signIn.UserManager.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        await signIn.SignInAsync(user, isPersistent: false);
        var setCookie = context.Response.Headers.SetCookie.ToString();
        return setCookie.Split(';')[0];
    }

    private async Task<string> IssueTokenAsync(string[] roles)
    {
        var created = await CreateClientAsync("test-" + Guid.NewGuid().ToString("N")[..12], roles);
        using var response = await RequestTokenAsync(created.Client.ClientId, created.ClientSecret);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (string?)JsonNode.Parse(body)?["access_token"] ?? throw new InvalidOperationException("No access_token in " + body);
    }
}
