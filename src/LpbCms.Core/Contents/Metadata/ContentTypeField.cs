namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// A field as it appears on items of a type: inside the part instance <see cref="PartInstanceName"/>
/// (the key in the item JSON), defined by part <see cref="PartName"/>.
/// </summary>
public sealed record ContentTypeField(string PartInstanceName, string PartName, ContentPartFieldDefinition Definition)
{
    /// <summary>The field's key inside its part, e.g. <c>Organisation</c>.</summary>
    public string Name => Definition.Name;

    /// <summary>The field type, e.g. <c>TextField</c>.</summary>
    public string FieldType => Definition.FieldName;
}
