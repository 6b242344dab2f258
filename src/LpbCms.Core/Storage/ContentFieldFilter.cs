namespace LpbCms.Core.Storage;

/// <summary>A filter on an indexed field value; values are always bound as SQL parameters.</summary>
public sealed record ContentFieldFilter(ContentFieldRef Field, FilterOperator Operator, ContentFieldValue Value);
