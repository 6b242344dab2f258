namespace LpbCms.Admin.Services;

public enum ContentListSort
{
    ModifiedDescending,
    ModifiedAscending,
    PublishedDescending,
    PublishedAscending,
    TitleAscending,
}
