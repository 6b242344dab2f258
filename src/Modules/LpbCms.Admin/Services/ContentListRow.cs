using LpbCms.Core.Contents;

namespace LpbCms.Admin.Services;

/// <summary>One row of the content list: the item's version shown and what the current user may do with it.</summary>
public sealed record ContentListRow(ContentItem Item, bool HasPublished, bool HasDraft, ContentRowActions Actions);
