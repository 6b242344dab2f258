using LpbCms.Web.Abstractions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LpbCms.Api.OpenApi;

/// <summary>
/// The document-wide parts of the API contract that client generators and the docs UI need: the
/// API's routes only (not media or admin assets, which other modules map), a relative server, the
/// two ways to authenticate (a bearer token, or OAuth2 client credentials at the token endpoint),
/// and what each tag is. Operations name the schemes they take (<see cref="ApiSecurityRequirements"/>).
/// </summary>
internal sealed class ApiContractDocument : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "bearer";

    public const string ClientCredentialsScheme = "clientCredentials";

    private const string ApiPrefix = "/api/";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Content"] = "Content items in Orchard Core's JSON: read published items anonymously, drafts and writes with a token.",
        ["Schema"] = "JSON Schemas of the content types, generated from their definitions.",
        ["GraphQL"] = "GraphQL over the content, with Orchard Core's query shapes.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "LpbCms API";
        document.Info.Version = "v1";
        document.Info.Description = "Orchard Core compatible content API with lists, filters, drafts, expansion, JSON Schemas and GraphQL (POST /api/graphql). "
            + $"Write with a bearer token from POST {ApiAuthenticationSchemes.TokenEndpointPath} (client credentials).";
        document.Servers = [new OpenApiServer { Url = "/", Description = "The site that serves this document." }];
        foreach (var path in document.Paths.Keys.Where(p => !p.StartsWith(ApiPrefix, StringComparison.Ordinal)).ToList())
        {
            document.Paths.Remove(path);
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = $"An access token from {ApiAuthenticationSchemes.TokenEndpointPath}, sent as 'Authorization: Bearer <token>'.",
            },
            [ClientCredentialsScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "OAuth2 client credentials of an API client made in the admin (API-clients).",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = new Uri(ApiAuthenticationSchemes.TokenEndpointPath, UriKind.Relative),
                        Scopes = new Dictionary<string, string>(StringComparer.Ordinal),
                    },
                },
            },
        };
        document.Tags = new HashSet<OpenApiTag>(TagDescriptions.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        return Task.CompletedTask;
    }
}
