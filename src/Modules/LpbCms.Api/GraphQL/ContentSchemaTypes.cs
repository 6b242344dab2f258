using GraphQL.Types;
using LpbCms.Core.Storage;

namespace LpbCms.Api.GraphQL;

/// <summary>The graph types every content type's list field shares (one instance each, as GraphQL.NET requires).</summary>
public sealed class ContentSchemaTypes
{
    public ContentSchemaTypes()
    {
        Direction.Add("ASC", "ASC");
        Direction.Add("DESC", "DESC");
        Status.Add("PUBLISHED", "PUBLISHED", "The published version.");
        Status.Add("DRAFT", "DRAFT", "The latest version when it is an unpublished draft.");
        Status.Add("LATEST", "LATEST", "The latest version, draft or published.");
        Status.Add("ALL", "ALL", "Every version, old ones included.");
    }

    public EnumerationGraphType Direction { get; } = new() { Name = "OrderByDirection" };

    /// <summary>Orchard's <c>Status</c> enum (its PublicationStatusGraphType).</summary>
    public EnumerationGraphType Status { get; } = new() { Name = "Status" };

    public InputObjectGraphType AutoroutePart { get; } = ContentWhereInput.AutoroutePartType();

    public static VersionScope ToScope(string? status) => status switch
    {
        "DRAFT" => VersionScope.Draft,
        "LATEST" => VersionScope.Latest,
        "ALL" => VersionScope.All,
        _ => VersionScope.Published,
    };
}
