namespace LpbCms.Core.Storage;

/// <summary>
/// A condition of <see cref="ContentQuery.Where"/>: on an item column, on an indexed field value, or
/// AND/OR/NOT of other conditions (Orchard's GraphQL <c>where</c>). The store translates the tree
/// to one SQL condition; values are always bound as parameters.
/// </summary>
public abstract record ContentCondition;
