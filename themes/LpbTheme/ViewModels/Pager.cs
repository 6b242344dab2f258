namespace LpbTheme.ViewModels;

/// <summary>Paging of a list: the page shown (1-based), the number of pages and the neighbours' URLs.</summary>
public sealed record Pager(int Page, int PageCount, string? PreviousUrl, string? NextUrl)
{
    public bool HasPages => PageCount > 1;
}
