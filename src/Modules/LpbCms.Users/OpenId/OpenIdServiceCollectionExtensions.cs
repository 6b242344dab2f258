using LpbCms.Core.Deployment;
using LpbCms.Core.Recipes;
using LpbCms.Core.Security;
using LpbCms.Users.Deployment;
using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Server;

namespace LpbCms.Users.OpenId;

public static class OpenIdServiceCollectionExtensions
{
    /// <summary>The default authentication scheme: a bearer token when the request has one, else the Identity cookie.</summary>
    public const string CookieOrBearerScheme = "LpbCms.CookieOrBearer";

    private const string DataPathKey = "LpbCms:DataPath";

    /// <summary>
    /// OAuth2 client credentials with OpenIddict: the token endpoint <c>/connect/token</c>, local
    /// validation of the (encrypted, signed) access tokens with a check of the token's database
    /// entry, remembered briefly in <see cref="ValidatedTokenCache"/> (revoking a client clears it,
    /// so its tokens are refused at once on this node), the decrypted principal of a recently
    /// verified token remembered in <see cref="ValidatedPrincipalCache"/>, keys persisted in
    /// <c>{DataPath}/openid</c>, <see cref="IApiClientManager"/> and the <c>OpenIdApplication</c>
    /// recipe step. The data layer registers OpenIddict's EF stores. Call after <c>AddLpbUsers</c>.
    /// </summary>
    public static IServiceCollection AddLpbOpenId(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOpenIddict()
            .AddServer(options =>
            {
                options.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                options.AllowClientCredentialsFlow();
                options.SetAccessTokenLifetime(TimeSpan.FromHours(1));

                // TLS ends at the reverse proxy in front of the host (which listens on plain HTTP by default).
                options.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            })
            .AddValidation(options =>
            {
                options.UseLocalServer();

                // Instead of EnableTokenEntryValidation, which queries the database on every bearer request.
                options.AddEventHandler(CachedTokenEntryValidation.Descriptor);

                // Repeated requests with the same token skip its decryption and signature check.
                options.AddEventHandler(CachedTokenPrincipal.RestoreDescriptor);
                options.AddEventHandler(CachedTokenPrincipal.RememberDescriptor);
                options.UseAspNetCore();
            });

        services.TryAddSingleton(sp => new OpenIdKeyStore(KeyFolder(configuration, sp.GetRequiredService<IHostEnvironment>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<OpenIddictServerOptions>, OpenIdServerKeysSetup>());

        services.AddAuthentication().AddPolicyScheme(CookieOrBearerScheme, "Cookie or bearer token", options =>
            options.ForwardDefaultSelector = context => HasBearerToken(context.Request)
                ? ApiAuthenticationSchemes.Bearer
                : IdentityConstants.ApplicationScheme);
        services.Configure<AuthenticationOptions>(options => options.DefaultScheme = CookieOrBearerScheme);
        services.AddAuthorizationBuilder().AddPolicy(ApiAuthenticationSchemes.BearerOnlyPolicy, policy =>
            policy.AddAuthenticationSchemes(ApiAuthenticationSchemes.Bearer).RequireAuthenticatedUser());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ValidatedTokenCache>();
        services.TryAddSingleton<ValidatedPrincipalCache>();
        services.TryAddScoped<ApiClientManager>();
        services.TryAddScoped<IApiClientManager>(sp => sp.GetRequiredService<ApiClientManager>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, OpenIdApplicationRecipeStep>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDeploymentSource, ApiClientsDeploymentSource>());
        return services;
    }

    internal static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static string KeyFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataPath = configuration[DataPathKey];
        var root = Path.GetFullPath(string.IsNullOrWhiteSpace(dataPath) ? "App_Data" : dataPath, environment.ContentRootPath);
        return Path.Combine(root, "openid");
    }
}
