namespace LpbCms.Core.Contents.Catalog;

/// <summary>
/// Which input the admin renders for a part or field. A part or field picks one of these in its
/// descriptor; the admin knows how to show and read each kind, so a new field type that uses an
/// existing kind needs no admin change.
/// </summary>
public enum EditorKind
{
    /// <summary>No editor: the value is kept unchanged on save.</summary>
    None,
    Title,
    Path,
    Text,
    TextArea,
    Html,
    Markdown,
    Number,
    Boolean,
    Date,
    DateTime,
    Time,
    Link,
    ContentPicker,
    Media,

    /// <summary>A list of texts: check boxes when the field offers options, else one value per line.</summary>
    TextList,

    /// <summary>A choice among options an <see cref="IContentFieldOptionsSource"/> lists (e.g. taxonomy terms).</summary>
    Choice,
}
