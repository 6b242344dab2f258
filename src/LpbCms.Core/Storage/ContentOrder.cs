namespace LpbCms.Core.Storage;

/// <summary>An ordering on an item column, or on a custom field when <see cref="Field"/> is set.</summary>
public sealed record ContentOrder(ContentOrderColumn Column, bool Descending, ContentFieldRef? Field = null);
