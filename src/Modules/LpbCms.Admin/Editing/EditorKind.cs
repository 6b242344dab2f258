namespace LpbCms.Admin.Editing;

/// <summary>Which input an editor field renders.</summary>
public enum EditorKind
{
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
}
