namespace LpbCms.Admin.Services;

/// <summary>The actions the current user may take on an item (each is checked again on the server when taken).</summary>
public sealed record ContentRowActions(bool Edit, bool Publish, bool Delete, bool Copy, bool Preview)
{
    public static ContentRowActions None { get; } = new(Edit: false, Publish: false, Delete: false, Copy: false, Preview: false);
}
