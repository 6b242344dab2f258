namespace LpbCms.Core.Storage;

/// <summary>A field addressed as <c>Part.Field</c>, e.g. <c>Congress.Year</c>.</summary>
public sealed record ContentFieldRef(string PartName, string FieldName)
{
    public override string ToString() => $"{PartName}.{FieldName}";
}
