namespace LpbCms.Core.Contents.Handlers;

/// <summary>One reason a version cannot be stored, located by a JSON path into the item.</summary>
public sealed record ContentValidationError(string Path, string Message);
