using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace LpbCms.Api.Http;

/// <summary>404: no item, version or content type matches.</summary>
public sealed class NotFoundProblem(string detail)
    : ApiProblemResult(Problem("Not found", detail, StatusCodes.Status404NotFound), StatusCodes.Status404NotFound), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status404NotFound);
}
