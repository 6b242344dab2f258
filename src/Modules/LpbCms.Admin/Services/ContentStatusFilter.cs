namespace LpbCms.Admin.Services;

/// <summary>The content list's status filter.</summary>
public enum ContentStatusFilter
{
    /// <summary>Every item's latest version.</summary>
    All,

    /// <summary>Items with a published version.</summary>
    Published,

    /// <summary>Items whose latest version is an unpublished draft (new or changed).</summary>
    Draft,

    /// <summary>Published items with a newer, unpublished draft.</summary>
    PendingDraft,
}
