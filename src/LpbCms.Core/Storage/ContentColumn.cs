namespace LpbCms.Core.Storage;

/// <summary>The item columns a <see cref="ColumnCondition"/> can test.</summary>
public enum ContentColumn
{
    ContentItemId,
    ContentItemVersionId,
    DisplayText,
    CreatedUtc,
    ModifiedUtc,
    PublishedUtc,
    Owner,
    Author,
    Path,
}
