namespace LpbCms.Core.Contents.Catalog;

/// <summary>One option of a <see cref="EditorKind.Choice"/> or <see cref="EditorKind.TextList"/> editor.</summary>
public sealed record ContentFieldOption(string Value, string Label);

