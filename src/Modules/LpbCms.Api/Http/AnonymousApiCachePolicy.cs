using System.Security.Cryptography;
using LpbCms.Web.Abstractions.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace LpbCms.Api.Http;

/// <summary>
/// The output cache of the API's reads, for anonymous callers only: a request with an
/// <c>Authorization</c> header or an authenticated user (cookie or token) neither reads nor fills the
/// cache, so one caller's answer is never served to another. Entries are published responses (shared
/// tag and generation, evicted on every published change) keyed by method, path (case-sensitive) and
/// every query parameter, plus a SHA-256 of the body for GraphQL POSTs. Only 200 responses that are
/// marked <c>public</c> (see <see cref="CachedJsonResponse"/>) and set no cookie are stored.
/// </summary>
public sealed class AnonymousApiCachePolicy : IOutputCachePolicy
{
    public const string Name = "LpbCms.Api.AnonymousRead";

    /// <summary>Larger GraphQL bodies are executed but not cached (hashing them is not worth it).</summary>
    public const int MaxCachedBodyBytes = 16 * 1024;

    private const string BodyHashKey = "lpb-body-sha256";

    /// <summary>Entries are evicted on change; this only bounds how long an unused response holds memory.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    public static void Register(OutputCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Name, new AnonymousApiCachePolicy());
    }

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        var cacheable = IsAnonymous(context.HttpContext)
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || (HttpMethods.IsPost(request.Method) && await TryKeyByBodyAsync(context, cancellation)));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues[PublishedCacheGeneration.KeyName] =
            context.HttpContext.RequestServices.GetRequiredService<PublishedCacheGeneration>().Current;
        context.Tags.Add(PublishedOutputCache.Tag);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || !response.Headers.SetCookie.Equals(default(Microsoft.Extensions.Primitives.StringValues))
            || !cacheControl.Contains("public", StringComparison.OrdinalIgnoreCase)
            || !IsAnonymous(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsAnonymous(HttpContext httpContext) =>
        httpContext.User.Identity?.IsAuthenticated != true && !httpContext.Request.Headers.ContainsKey(HeaderNames.Authorization);

    /// <summary>Buffers a small JSON body (so the endpoint can still read it) and adds its hash to the key.</summary>
    private static async Task<bool> TryKeyByBodyAsync(OutputCacheContext context, CancellationToken ct)
    {
        var request = context.HttpContext.Request;
        if (request.ContentLength is not (> 0 and <= MaxCachedBodyBytes))
        {
            return false;
        }

        request.EnableBuffering(MaxCachedBodyBytes);
        var hash = await SHA256.HashDataAsync(request.Body, ct);
        request.Body.Position = 0;
        context.CacheVaryByRules.VaryByValues[BodyHashKey] = Convert.ToHexStringLower(hash);
        context.CacheVaryByRules.HeaderNames = HeaderNames.ContentType;
        return true;
    }
}
