using System.Text;
using LpbCms.Display;
using LpbTheme.Assets;
using LpbTheme.Endpoints;
using LpbTheme.Pages;
using LpbTheme.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LpbTheme.Errors;

/// <summary>
/// Error responses for people: when a browser asks for a page (Accept: text/html) outside the API, a
/// 404 gets the site's Dutch "not found" page and any other error the Dutch error page, which says
/// nothing about the cause. Machines keep getting ProblemDetails JSON from the host's writer.
/// </summary>
public sealed class HtmlProblemDetailsWriter(ILogger<HtmlProblemDetailsWriter> logger) : IProblemDetailsWriter
{
    /// <summary>Used when even the error template cannot be rendered.</summary>
    private const string FallbackPage =
        "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        "<title>Er ging iets mis | LPB</title></head><body><main><h1>Er ging iets mis</h1>" +
        "<p>Deze pagina kan nu niet worden getoond. Probeer het later nog eens.</p><p><a href=\"/\">Naar de homepage</a></p></main></body></html>\n";

    private static readonly string[] MachinePrefixes = ["/api", "/connect", "/health", "/openapi", "/graphql"];

    public bool CanWrite(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (MachinePrefixes.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var html = status == StatusCodes.Status404NotFound ? await NotFoundAsync(http) : await ErrorAsync(http);
        var bytes = Encoding.UTF8.GetBytes(html);
        http.Response.ContentType = HtmlPageResult.HtmlContentType;
        http.Response.ContentLength = bytes.Length;
        http.Response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }
    }

    private async Task<string> NotFoundAsync(HttpContext http)
    {
        try
        {
            var services = http.RequestServices;
            var result = await SitePageEndpoints.NotFoundAsync(
                http, services.GetRequiredService<SitePages>(), services.GetRequiredService<PageComposer>(), http.RequestAborted);
            return result is HtmlPageResult page ? page.Body : FallbackPage;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The 404 page could not be rendered; the fallback error page was sent.");
            return await ErrorAsync(http);
        }
    }

    /// <summary>The error page needs no database: only the renderer and the stylesheet.</summary>
    private async Task<string> ErrorAsync(HttpContext http)
    {
        try
        {
            var services = http.RequestServices;
            var values = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["StylesheetUrl"] = services.GetRequiredService<ThemeAssetCatalog>().UrlOf("site.css"),
            };
            return await services.GetRequiredService<DisplayRenderer>()
                .RenderAsync(["Error"], DisplayModel.ForValues(values), PageComposer.ContextOf(http.Request), http.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The error page could not be rendered; the fallback error page was sent.");
            return FallbackPage;
        }
    }
}
