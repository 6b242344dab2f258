using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace LpbCms.Api.Http;

/// <summary>400 for a request that cannot be read at all (malformed JSON, too large, too long a path); extensions carry details such as GraphQL's errors.</summary>
public sealed class BadRequestProblem(string title, string detail, IDictionary<string, object?>? extensions = null)
    : ApiProblemResult(Problem(title, detail, StatusCodes.Status400BadRequest, extensions), StatusCodes.Status400BadRequest), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status400BadRequest);
}
