using System.Text.Json.Nodes;
using LpbCms.Core.Contents;

namespace LpbCms.Data.Tests.Infrastructure;

/// <summary>Builds content item versions for storage tests with intention-revealing methods.</summary>
public sealed class ContentItemBuilder
{
    private readonly ContentItem _item;

    private ContentItemBuilder(string contentType)
    {
        var now = new DateTime(2019, 7, 9, 10, 0, 0, DateTimeKind.Utc);
        _item = new ContentItem
        {
            ContentItemId = IdGenerator.NewId(),
            ContentItemVersionId = IdGenerator.NewId(),
            ContentType = contentType,
            Latest = true,
            CreatedUtc = now,
            ModifiedUtc = now,
            Owner = "owner-1",
            Author = "admin",
        };
    }

    public static ContentItemBuilder OfType(string contentType) => new(contentType);

    public ContentItemBuilder Titled(string title)
    {
        _item.DisplayText = title;
        _item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        return this;
    }

    public ContentItemBuilder AtPath(string path)
    {
        _item.Content["AutoroutePart"] = new JsonObject { ["Path"] = path };
        return this;
    }

    public ContentItemBuilder Published(DateTime? when = null)
    {
        _item.Published = true;
        _item.PublishedUtc = when ?? _item.CreatedUtc;
        return this;
    }

    public ContentItemBuilder Draft()
    {
        _item.Published = false;
        _item.PublishedUtc = null;
        return this;
    }

    public ContentItemBuilder NotLatest()
    {
        _item.Latest = false;
        return this;
    }

    public ContentItemBuilder VersionOf(ContentItem other)
    {
        _item.ContentItemId = other.ContentItemId;
        return this;
    }

    public ContentItemBuilder ModifiedAt(DateTime when)
    {
        _item.ModifiedUtc = when;
        return this;
    }

    public ContentItemBuilder WithPart(string name, JsonObject part)
    {
        _item.Content[name] = part;
        return this;
    }

    public ContentItem Build() => _item;
}
