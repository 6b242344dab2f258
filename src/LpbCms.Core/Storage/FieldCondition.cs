namespace LpbCms.Core.Storage;

/// <summary>The item has an indexed value of a field that satisfies <see cref="Filter"/>.</summary>
public sealed record FieldCondition(ContentFieldFilter Filter) : ContentCondition;
