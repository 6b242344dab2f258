using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace LpbCms.Users.Identity;

/// <summary>
/// The sign-in cookie (Identity.Application). Browsers are redirected to the login page; API
/// callers get a bare 401 or 403 instead of a redirect to an HTML page.
/// </summary>
public static class ApplicationCookieDefaults
{
    public const string LoginPath = "/Login";

    public const string AccessDeniedPath = "/Error/403";

    private static readonly PathString ApiPath = new("/api");

    public static void Apply(CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.LoginPath = LoginPath;
        options.AccessDeniedPath = AccessDeniedPath;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);

        var redirectToLogin = options.Events.OnRedirectToLogin;
        var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToLogin = context =>
            IsApiRequest(context.Request) ? WriteStatus(context.Response, StatusCodes.Status401Unauthorized) : redirectToLogin(context);
        options.Events.OnRedirectToAccessDenied = context =>
            IsApiRequest(context.Request) ? WriteStatus(context.Response, StatusCodes.Status403Forbidden) : redirectToAccessDenied(context);
    }

    private static bool IsApiRequest(HttpRequest request) => request.Path.StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase);

    private static Task WriteStatus(HttpResponse response, int statusCode)
    {
        response.StatusCode = statusCode;
        return Task.CompletedTask;
    }
}
