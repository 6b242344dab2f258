using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace LpbCms.Api.Http;

/// <summary>403 from a per-item check in a handler (the caller passed the endpoint's permission but may not touch this item).</summary>
public sealed class ForbiddenProblem(string detail)
    : ApiProblemResult(Problem("Forbidden", detail, StatusCodes.Status403Forbidden), StatusCodes.Status403Forbidden), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status403Forbidden);
}
