namespace LpbCms.Contents.Models;

/// <summary>Orchard's TitlePartOptions, with its numeric values (recipes may give either form).</summary>
public enum TitlePartOptions
{
    Editable = 0,
    GeneratedDisabled = 1,
    GeneratedHidden = 2,
    EditableRequired = 3,
}
