using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace LpbCms.Api.Http;

/// <summary>409: the item changed since it was read (optimistic concurrency).</summary>
public sealed class ConflictProblem(string detail)
    : ApiProblemResult(Problem("Conflict", detail, StatusCodes.Status409Conflict), StatusCodes.Status409Conflict), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status409Conflict);
}
