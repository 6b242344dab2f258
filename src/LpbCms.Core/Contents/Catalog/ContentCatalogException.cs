namespace LpbCms.Core.Contents.Catalog;

/// <summary>A part or field registered wrongly (twice, or missing a required piece); thrown at start-up.</summary>
public sealed class ContentCatalogException(string message) : Exception(message);
