namespace LpbCms.Admin.Editing;

/// <summary>Naming of the item form's inputs.</summary>
public static class EditorForm
{
    /// <summary>Every item input starts with this, so item values never collide with the page's own inputs.</summary>
    public const string Prefix = "c:";
}
