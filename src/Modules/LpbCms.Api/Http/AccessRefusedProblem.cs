using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace LpbCms.Api.Http;

/// <summary>
/// A handler's own refusal to show something: 401 (with <c>WWW-Authenticate: Bearer</c>) for an
/// anonymous caller, 403 for a signed-in one. One type for both, because one check decides between
/// them (see <see cref="Querying.DraftAccess"/>).
/// </summary>
public sealed class AccessRefusedProblem : ApiProblemResult, IEndpointMetadataProvider
{
    private AccessRefusedProblem(IResult problem, int statusCode)
        : base(problem, statusCode)
    {
    }

    public static AccessRefusedProblem Unauthorized(HttpContext httpContext, string detail)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return new(Problem("Unauthorized", detail, StatusCodes.Status401Unauthorized), StatusCodes.Status401Unauthorized);
    }

    public static AccessRefusedProblem Forbidden(string detail) =>
        new(Problem("Forbidden", detail, StatusCodes.Status403Forbidden), StatusCodes.Status403Forbidden);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        Declare(builder, StatusCodes.Status401Unauthorized);
        Declare(builder, StatusCodes.Status403Forbidden);
    }
}
