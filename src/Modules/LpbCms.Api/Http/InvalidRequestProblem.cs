using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace LpbCms.Api.Http;

/// <summary>400 with the offending inputs by name (query parameter or JSON path) in <c>errors</c>.</summary>
public sealed class InvalidRequestProblem(string title, IDictionary<string, string[]> errors)
    : ApiProblemResult(Results.ValidationProblem(errors, title: title, statusCode: StatusCodes.Status400BadRequest), StatusCodes.Status400BadRequest), IEndpointMetadataProvider
{
    /// <summary>One input with one message, the common case.</summary>
    public InvalidRequestProblem(string title, string input, string message)
        : this(title, new Dictionary<string, string[]>(StringComparer.Ordinal) { [input] = [message] })
    {
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Declare(builder, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
}
