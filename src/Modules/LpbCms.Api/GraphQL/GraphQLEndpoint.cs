using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using LpbCms.Api.Endpoints;
using LpbCms.Api.Http;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Security;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using FromQueryAttribute = Microsoft.AspNetCore.Mvc.FromQueryAttribute;
using FromServicesAttribute = Microsoft.AspNetCore.Mvc.FromServicesAttribute;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LpbCms.Api.GraphQL;

/// <summary>
/// <c>POST /api/graphql</c> (<c>{"query","variables","operationName"}</c>) and
/// <c>GET /api/graphql?query=</c>; needs <c>ExecuteGraphQL</c>. A query that does not parse or
/// validate (including one too deep or too complex) is a 400 ProblemDetails carrying the GraphQL
/// <c>errors</c>; executed queries answer 200 with <c>data</c> (and <c>errors</c> for failed fields).
/// Results without errors that read published content only are kept in the read cache
/// (<see cref="ApiReadCachePolicy"/>, keyed by the caller and its permissions) and are <c>public</c>
/// for anonymous callers; results that read drafts or carry errors are private and never stored.
/// </summary>
public static class GraphQLEndpoint
{
    public const string Path = "/api/graphql";

    private static readonly GraphQLSerializer Serializer = new();
    private static readonly DocumentExecuter Executer = new SerialDocumentExecuter();

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(Path)
            .WithTags("GraphQL")
            .RequireApiPermission(ApiPermissions.ExecuteGraphQL)
            .CacheOutput(ApiReadCachePolicy.Name);
        group.MapPost("/", PostAsync)
            .WithName("PostGraphQL")
            .WithSummary("Runs a GraphQL query over the content (schema generated from the content definitions).")

            // The body is read by GraphQL.NET's serializer, so its type is declared here.
            .Accepts<GraphQLRequestBody>("application/json");
        group.MapGet("/", GetAsync)
            .WithName("GetGraphQL")
            .WithSummary("Runs a GraphQL query given in the query string (query, variables, operationName).");
        return endpoints;
    }

    private static async Task<Results<GraphQLResponseJson, BadRequestProblem>> PostAsync(
        HttpContext httpContext,
        [FromServices] IContentDefinitionManager definitions,
        [FromServices] ContentSchemaProvider schemas,
        [FromServices] GraphQLDocumentCache documents,
        [FromServices] IContentStore store,
        [FromServices] IOptions<ContentApiOptions> options,
        CancellationToken ct)
    {
        var limits = options.Value;
        if (httpContext.Request.ContentLength > limits.MaxRequestBodyBytes)
        {
            return new BadRequestProblem("Request body too large", $"At most {limits.MaxRequestBodyBytes} bytes are accepted.");
        }

        GraphQLRequest? request;
        try
        {
            request = await Serializer.ReadAsync<GraphQLRequest>(httpContext.Request.Body, ct);
        }
        catch (JsonException ex)
        {
            return new BadRequestProblem("Malformed JSON", ex.Message);
        }

        return await ExecuteAsync(httpContext, request, definitions, schemas, documents, store, limits, ct);
    }

    private static async Task<Results<GraphQLResponseJson, BadRequestProblem>> GetAsync(
        HttpContext httpContext,
        [FromServices] IContentDefinitionManager definitions,
        [FromServices] ContentSchemaProvider schemas,
        [FromServices] GraphQLDocumentCache documents,
        [FromServices] IContentStore store,
        [FromServices] IOptions<ContentApiOptions> options,
        CancellationToken ct,
        [FromQuery] string? query = null,
        [FromQuery] string? operationName = null,
        [FromQuery] string? variables = null)
    {
        Inputs? inputs = null;
        if (!string.IsNullOrEmpty(variables))
        {
            try
            {
                inputs = Serializer.Deserialize<Inputs>(variables);
            }
            catch (JsonException ex)
            {
                return new BadRequestProblem("Malformed variables", ex.Message);
            }
        }

        var request = new GraphQLRequest { Query = query, OperationName = operationName, Variables = inputs };
        return await ExecuteAsync(httpContext, request, definitions, schemas, documents, store, options.Value, ct);
    }

    private static async Task<Results<GraphQLResponseJson, BadRequestProblem>> ExecuteAsync(
        HttpContext httpContext,
        GraphQLRequest? request,
        IContentDefinitionManager definitions,
        ContentSchemaProvider schemas,
        GraphQLDocumentCache documents,
        IContentStore store,
        ContentApiOptions limits,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            return new BadRequestProblem("Missing query", "The request needs a GraphQL 'query'.");
        }

        var schema = schemas.Get(await definitions.GetDocumentAsync(ct));
        var cached = documents.Find(schema, request.Query);
        var complexity = new ComplexityValidationRule(new()
        {
            MaxDepth = limits.GraphQLMaxDepth,
            MaxComplexity = limits.GraphQLMaxComplexity,
        });
        var context = new GraphQLRequestContext(store);
        var result = await Executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.Document = cached;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.RequestServices = httpContext.RequestServices;
            options.User = httpContext.User;
            options.UserContext = context;
            options.CancellationToken = ct;
            // A cached document passed the core rules against this schema already; the limits are
            // checked every time because complexity can depend on the request's variables.
            options.ValidationRules = cached is null ? DocumentValidator.CoreRules.Append(complexity) : [complexity];
        });

        if (cached is null && result.Executed && result.Document is { } parsed)
        {
            documents.Add(schema, request.Query, parsed);
        }

        var publishedOnly = result.Executed && result.Errors is not { Count: > 0 } && !context.ReadUnpublished;
        PublishedOnlyResponse.Apply(httpContext, publishedOnly);
        if (!publishedOnly)
        {
            httpContext.Response.Headers.CacheControl = "private, no-store";
        }

        if (!result.Executed)
        {
            // Nothing ran: the query itself is wrong (syntax, unknown fields, too deep or complex).
            var errors = (result.Errors ?? []).Select(e => new { message = e.Message, code = e.Code }).ToArray();
            return new BadRequestProblem(
                "Invalid GraphQL query",
                string.Join(" ", errors.Select(e => e.message)),
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = errors });
        }

        using var buffer = new MemoryStream();
        await Serializer.WriteAsync(buffer, result, ct);
        return new GraphQLResponseJson(buffer.ToArray());
    }

    /// <summary>Queries run one field at a time: resolvers share the request's database context, and batching still groups picker loads per level.</summary>
    private sealed class SerialDocumentExecuter : DocumentExecuter
    {
        protected override IExecutionStrategy SelectExecutionStrategy(global::GraphQL.Execution.ExecutionContext context) => SerialExecutionStrategy.Instance;
    }
}
