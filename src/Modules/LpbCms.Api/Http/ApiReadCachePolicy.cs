using System.Security.Cryptography;
using LpbCms.Core.Security;
using LpbCms.Web.Abstractions.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace LpbCms.Api.Http;

/// <summary>
/// The output cache of the API's reads (REST and GraphQL). Every entry is keyed by the caller
/// (<see cref="ICallerCacheKeyProvider"/>: anonymous, or the user or API client together with a
/// fingerprint of its permissions), so one caller's answer is never served to another and a changed
/// role never serves an answer computed under the old permissions; a request with an
/// <c>Authorization</c> header that did not authenticate is not cached at all. Entries are published
/// responses (shared tag and generation, evicted on every published change) keyed further by method,
/// path (case-sensitive) and every query parameter, plus a SHA-256 of the body for GraphQL POSTs.
/// Only 200 responses that the endpoint marked as <see cref="PublishedOnlyResponse"/> and that set
/// no cookie are stored. A request with <c>Cache-Control: no-cache</c> is answered afresh (and
/// refreshes the entry). Authorization runs before this cache, so a cached answer still needs a
/// caller permitted to ask, and a revoked token is refused before any lookup.
/// </summary>
public sealed class ApiReadCachePolicy : IOutputCachePolicy
{
    public const string Name = "LpbCms.Api.Read";

    /// <summary>Larger GraphQL bodies are executed but not cached (hashing them is not worth it).</summary>
    public const int MaxCachedBodyBytes = 16 * 1024;

    private const string BodyHashKey = "lpb-body-sha256";
    private const string CallerKey = "lpb-caller";

    /// <summary>Entries are evicted on change; this only bounds how long an unused response holds memory.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    public static void Register(OutputCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Name, new ApiReadCachePolicy());
    }

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var httpContext = context.HttpContext;
        var request = httpContext.Request;
        var caller = await CallerKeyAsync(httpContext, cancellation);
        var cacheable = caller is not null
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || (HttpMethods.IsPost(request.Method) && await TryKeyByBodyAsync(context, cancellation)));
        context.EnableOutputCaching = true;

        // A client that asks for a fresh answer (Cache-Control: no-cache) gets one; it may still refresh the entry.
        context.AllowCacheLookup = cacheable && !AsksForFreshAnswer(request);
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues[CallerKey] = caller ?? string.Empty;
        context.CacheVaryByRules.VaryByValues[PublishedCacheGeneration.KeyName] =
            httpContext.RequestServices.GetRequiredService<PublishedCacheGeneration>().Current;
        context.Tags.Add(PublishedOutputCache.Tag);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !response.Headers.SetCookie.Equals(default(Microsoft.Extensions.Primitives.StringValues))
            || !PublishedOnlyResponse.IsMarked(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool AsksForFreshAnswer(HttpRequest request) =>
        request.Headers.CacheControl.Any(value => value?.Contains("no-cache", StringComparison.OrdinalIgnoreCase) == true)
        || request.Headers.Pragma.Any(value => value?.Contains("no-cache", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The caller's cache key; null when the request must bypass the cache.</summary>
    private static async Task<string?> CallerKeyAsync(HttpContext httpContext, CancellationToken ct)
    {
        var authenticated = httpContext.User.Identity?.IsAuthenticated == true;
        if (!authenticated && httpContext.Request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            return null;
        }

        var provider = httpContext.RequestServices.GetService<ICallerCacheKeyProvider>();
        if (provider is null)
        {
            // Without a permission model only anonymous answers can be told apart safely.
            return authenticated ? null : "anonymous";
        }

        return await provider.GetKeyAsync(httpContext.User, ct);
    }

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
