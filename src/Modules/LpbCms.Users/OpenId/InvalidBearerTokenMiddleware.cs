using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LpbCms.Users.OpenId;

/// <summary>
/// A request that carries a bearer token which did not validate (expired, revoked, forged) is
/// answered 401 with OAuth's <c>invalid_token</c> challenge, also on reads that anonymous callers
/// may make: a client whose token lapsed must learn so, not silently receive the anonymous view.
/// </summary>
public static class InvalidBearerTokenMiddleware
{
    public static IApplicationBuilder UseInvalidBearerTokenRejection(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true && OpenIdServiceCollectionExtensions.HasBearerToken(context.Request))
            {
                await context.ChallengeAsync(ApiAuthenticationSchemes.Bearer);
                return;
            }

            await next(context);
        });
}
