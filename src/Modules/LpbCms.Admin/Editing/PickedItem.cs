namespace LpbCms.Admin.Editing;

/// <summary>An item chosen in a content picker, with the title shown to the editor.</summary>
public sealed record PickedItem(string ContentItemId, string Title);
