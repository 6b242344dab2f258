namespace LpbCms.Core.Storage;

/// <summary>A row of the field index table, written with the version it belongs to.</summary>
public sealed record ContentFieldIndexEntry(string PartName, string FieldName, ContentFieldValue Value);
