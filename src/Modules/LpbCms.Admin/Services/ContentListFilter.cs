namespace LpbCms.Admin.Services;

/// <summary>What the content list shows: type, status, title search, order and page (1-based).</summary>
public sealed record ContentListFilter(string? ContentType, ContentStatusFilter Status, string? Search, ContentListSort Sort, int Page, int PageSize = 20);
