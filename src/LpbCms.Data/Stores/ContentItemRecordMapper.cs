using LpbCms.Core.Contents;
using LpbCms.Data.Entities;

namespace LpbCms.Data.Stores;

/// <summary>Maps between stored rows and content items; the row's columns win over the document's copies.</summary>
internal static class ContentItemRecordMapper
{
    public static ContentItem ToItem(ContentItemRecord record)
    {
        var item = ContentItemJson.Deserialize(record.Content);
        item.DocumentId = record.DocumentId;
        item.Revision = record.Revision;
        item.Latest = record.Latest;
        item.Published = record.Published;
        return item;
    }

    /// <param name="path">The route path the catalogue reads from the item (see <c>ContentCatalogRouting</c>), stored for lookups and uniqueness.</param>
    public static void CopyTo(ContentItem item, ContentItemRecord record, string? path)
    {
        record.ContentItemId = item.ContentItemId;
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.ContentType = item.ContentType;
        record.DisplayText = Truncate(item.DisplayText, 1024);
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.Path = path;
        record.Content = ContentItemJson.Serialize(item);
    }

    public static ContentItemRecord NewRecord(ContentItem item, string? path)
    {
        var record = new ContentItemRecord { ContentItemId = item.ContentItemId, ContentItemVersionId = item.ContentItemVersionId, ContentType = item.ContentType, Content = "{}" };
        CopyTo(item, record, path);
        return record;
    }

    public static string NormalizePath(string path) => path.Trim().Trim('/');

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
