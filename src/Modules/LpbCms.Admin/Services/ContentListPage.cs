namespace LpbCms.Admin.Services;

/// <summary>A page of the content list and the total number of matches.</summary>
public sealed record ContentListPage(IReadOnlyList<ContentListRow> Rows, int TotalCount);
