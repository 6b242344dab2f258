namespace LpbCms.Admin.Editing;

/// <summary>The editors of one part, under the part's heading (null: no heading, e.g. the title).</summary>
public sealed record EditorSection(string? Heading, IReadOnlyList<EditorField> Fields);
