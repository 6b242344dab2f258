namespace LpbCms.Core.Contents.Indexing;

/// <summary>The field index rows of one field of one type: <c>(ContentType, part instance, field)</c>.</summary>
public sealed record FieldIndexKey(string ContentType, string PartName, string FieldName);
