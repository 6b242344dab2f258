using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace LpbCms.Api.Http;

/// <summary>
/// A ProblemDetails answer whose status is part of its type, so a handler returning
/// <c>Results&lt;…, NotFoundProblem&gt;</c> declares that status in the OpenAPI document. The body is
/// written by <c>Results.Problem</c> (through the registered <c>IProblemDetailsService</c>), exactly
/// as before the types existed; the built-in <c>NotFound&lt;ProblemDetails&gt;</c> would write plain
/// <c>application/json</c> instead.
/// </summary>
public abstract class ApiProblemResult : IResult, IStatusCodeHttpResult
{
    public const string ContentType = "application/problem+json";

    private readonly IResult _problem;

    private protected ApiProblemResult(IResult problem, int statusCode)
    {
        _problem = problem;
        StatusCode = statusCode;
    }

    public int? StatusCode { get; }

    public Task ExecuteAsync(HttpContext httpContext) => _problem.ExecuteAsync(httpContext);

    /// <summary>Adds a ProblemDetails response of <paramref name="statusCode"/> to an endpoint's metadata.</summary>
    public static void Declare(EndpointBuilder builder, int statusCode, Type? bodyType = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, bodyType ?? typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), [ContentType]));
    }

    private protected static IResult Problem(string title, string detail, int statusCode, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(title: title, detail: detail, statusCode: statusCode, extensions: extensions);
}
