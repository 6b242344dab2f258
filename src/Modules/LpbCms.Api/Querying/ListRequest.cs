using LpbCms.Core.Storage;

namespace LpbCms.Api.Querying;

/// <summary>A parsed list request: the store query and the expansions to apply to its items.</summary>
public sealed record ListRequest(ContentQuery Query, IReadOnlyList<ExpandPath> Expand);
