using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.RateLimiting;
using LpbCms.Web.Abstractions.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Hosting.Security;

/// <summary>
/// Limits POSTs to the registered sign-in endpoints before authentication runs: OpenIddict answers
/// <c>/connect/token</c> inside the authentication middleware, so a limiter after it never sees a
/// token request. The name is read from the form (buffered and cached, so OpenIddict and model
/// binding read the same form afterwards) or from HTTP Basic credentials. A refused attempt gets
/// 429 ProblemDetails with Retry-After and never reaches the password or secret check.
/// </summary>
public sealed class SignInThrottleMiddleware(RequestDelegate next, IOptions<SignInEndpoints> endpoints, SignInRateLimiter limiter)
{
    /// <summary>Sign-in forms are small; a larger body, or one of unknown length, is not parsed here (its address still counts).</summary>
    private const long MaxFormBytes = 64 * 1024;

    private readonly SignInEndpoint[] _endpoints = [.. endpoints.Value.All];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = HttpMethods.IsPost(context.Request.Method)
            ? Array.Find(_endpoints, e => context.Request.Path.Equals(e.Path, StringComparison.OrdinalIgnoreCase))
            : null;
        if (endpoint is null)
        {
            await next(context);
            return;
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var name = await ReadNameAsync(context.Request, endpoint.NameField);
        using var lease = limiter.Acquire(new SignInAttempt(endpoint, address, name));
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }

        await RefuseAsync(context, lease);
    }

    private static async Task<string?> ReadNameAsync(HttpRequest request, string field)
    {
        if (request.HasFormContentType && request.ContentLength is <= MaxFormBytes)
        {
            request.EnableBuffering();
            try
            {
                var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
                if (form[field].FirstOrDefault() is { Length: > 0 } fromForm)
                {
                    return fromForm;
                }
            }
            catch (InvalidDataException)
            {
                // A malformed form: the endpoint refuses it itself; only the address counts here.
            }
            finally
            {
                request.Body.Position = 0;
            }
        }

        return BasicUserName(request);
    }

    /// <summary>The user part of <c>Authorization: Basic</c> (how OAuth clients may send client_id), or null.</summary>
    private static string? BasicUserName(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return Uri.UnescapeDataString(colon < 0 ? decoded : decoded[..colon]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task RefuseAsync(HttpContext context, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limiter.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Too many sign-in attempts from this address or for this name. Try again in {seconds} seconds.",
            },
        });
    }
}
