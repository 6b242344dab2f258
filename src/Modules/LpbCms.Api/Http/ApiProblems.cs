using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace LpbCms.Api.Http;

/// <summary>The API's error answers, all ProblemDetails.</summary>
public static class ApiProblems
{
    public static IResult BadRequest(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>400 with the offending inputs by name (query parameter or JSON path).</summary>
    public static IResult Invalid(string title, IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: title, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static IResult Forbidden(string detail) =>
        Results.Problem(title: "Forbidden", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    public static IResult Conflict(string detail) =>
        Results.Problem(title: "Conflict", detail: detail, statusCode: StatusCodes.Status409Conflict);

    /// <summary>401 for a request that needs a signed-in caller or a bearer token.</summary>
    public static IResult Unauthorized(HttpContext httpContext, string detail)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Results.Problem(title: "Unauthorized", detail: detail, statusCode: StatusCodes.Status401Unauthorized);
    }
}
