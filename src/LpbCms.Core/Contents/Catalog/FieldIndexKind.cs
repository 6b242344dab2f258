namespace LpbCms.Core.Contents.Catalog;

/// <summary>The column of the field index a field's values go to; also the type of its list filters.</summary>
public enum FieldIndexKind
{
    Text,
    Number,
    Boolean,
    Date,
}
