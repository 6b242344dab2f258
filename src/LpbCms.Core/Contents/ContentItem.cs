using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace LpbCms.Core.Contents;

/// <summary>
/// One version of a content item, in Orchard Core's wire format: metadata keys first, then every
/// part as a top-level object in <see cref="Content"/>. Unknown parts and fields stay in
/// <see cref="Content"/> verbatim, so a document round-trips losslessly.
/// </summary>
[JsonConverter(typeof(ContentItemJsonConverter))]
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? CreatedUtc { get; set; }

    /// <summary>The creator's user id.</summary>
    public string? Owner { get; set; }

    /// <summary>The user name of the last editor.</summary>
    public string? Author { get; set; }

    /// <summary>Parts by part instance name, in document order. Fields live inside their part.</summary>
    public JsonObject Content { get; set; } = [];

    /// <summary>Storage row id (Orchard's DocumentId); 0 until stored. Not part of the JSON.</summary>
    [JsonIgnore]
    public long DocumentId { get; set; }

    /// <summary>
    /// Optimistic concurrency stamp of the stored row; a save carrying an older stamp is a
    /// conflict. Not part of the JSON.
    /// </summary>
    [JsonIgnore]
    public int Revision { get; set; }
}
