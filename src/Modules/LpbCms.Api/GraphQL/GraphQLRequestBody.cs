using System.Text.Json;
using System.Text.Json.Serialization;

namespace LpbCms.Api.GraphQL;

/// <summary>The GraphQL request body, for the OpenAPI document.</summary>
public sealed record GraphQLRequestBody(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("variables")] JsonElement? Variables,
    [property: JsonPropertyName("operationName")] string? OperationName);
