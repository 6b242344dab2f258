namespace LpbCms.Core.Storage;

public enum ContentOrderColumn
{
    CreatedUtc,
    ModifiedUtc,
    PublishedUtc,
    DisplayText,
    ContentType,
    Path,

    /// <summary>Order by the value of <see cref="ContentOrder.Field"/> in the field index.</summary>
    Field,

    // Orchard's GraphQL orderBy keys beyond the ones above.
    ContentItemId,
    ContentItemVersionId,
    Published,
    Latest,
    Owner,
    Author,
}
