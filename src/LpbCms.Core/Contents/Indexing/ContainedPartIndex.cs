using LpbCms.Core.Storage;

namespace LpbCms.Core.Contents.Indexing;

/// <summary>
/// The pseudo field index entry of Orchard's ContainedPart: <c>ContainedPart.ListContentItemId</c>
/// holds the id of the list an item belongs to, so a list's children (of many lists at once) are
/// found with one indexed query instead of scanning item JSON.
/// </summary>
public static class ContainedPartIndex
{
    public const string PartName = "ContainedPart";

    public const string ListContentItemIdName = "ListContentItemId";

    public static ContentFieldRef ListContentItemId { get; } = new(PartName, ListContentItemIdName);

    /// <summary>The pseudo relation from a list (Orchard's ListPart) to its children, as the API's <c>expand</c> names it.</summary>
    public static ContentFieldRef ListChildren { get; } = new("ListPart", "ContentItems");
}
