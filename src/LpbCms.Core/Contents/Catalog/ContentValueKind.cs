namespace LpbCms.Core.Contents.Catalog;

/// <summary>
/// The JSON kind of a part or field property, as Orchard writes it. Every consumer derives its
/// view from this one word: the JSON Schema type, the GraphQL scalar, the field index column and
/// the shape check.
/// </summary>
public enum ContentValueKind
{
    /// <summary>A string (or null).</summary>
    Text,

    /// <summary>A JSON number (decimal).</summary>
    Number,

    /// <summary>A JSON number without fraction.</summary>
    WholeNumber,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>An ISO-8601 date as a string (Orchard stores <c>2024-01-31T00:00:00Z</c>).</summary>
    Date,

    /// <summary>An ISO-8601 date and time as a string, UTC.</summary>
    DateTime,

    /// <summary>A time of day as a string (<c>HH:mm:ss</c>).</summary>
    Time,

    /// <summary>An array of strings.</summary>
    TextList,

    /// <summary>
    /// An array of JSON objects: content items kept inside the item (a taxonomy's terms, Orchard's
    /// <c>List&lt;ContentItem&gt;</c>). Not indexed, and not a GraphQL value (declare it <c>inGraph: false</c>).
    /// </summary>
    ItemList,
}
