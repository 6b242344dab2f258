namespace LpbCms.Core.Storage;

/// <summary>A named JSON document and the stamp of its stored version.</summary>
public sealed record StoredDocument(string Name, string Json, string VersionStamp);
