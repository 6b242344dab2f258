using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LpbCms.Api.OpenApi;

/// <summary>
/// Each operation names how it authenticates, from the endpoint's own authorization metadata: an
/// endpoint restricted to bearer tokens requires one of the two schemes; every other API endpoint
/// also answers anonymous callers (with what the Anonymous role may see), so its requirement list
/// starts with the empty requirement, OpenAPI's way of saying "optional".
/// </summary>
internal sealed class ApiSecurityRequirements : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var bearerOnly = context.Description.ActionDescriptor.EndpointMetadata
            .OfType<IAuthorizeData>()
            .Any(a => a.Policy == ApiAuthenticationSchemes.BearerOnlyPolicy);
        var document = context.Document;
        operation.Security =
        [
            .. bearerOnly ? [] : new[] { new OpenApiSecurityRequirement() },
            Requirement(ApiContractDocument.BearerScheme, document),
            Requirement(ApiContractDocument.ClientCredentialsScheme, document),
        ];
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}
