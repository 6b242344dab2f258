namespace LpbCms.Admin.Services;

/// <summary>
/// What an export holds: the definitions of <see cref="DefinitionTypes"/> (with their parts and
/// fields), the latest versions of every item of <see cref="ContentTypes"/> and of the single items
/// <see cref="ContentItemIds"/>. <see cref="Everything"/> takes all types and all items.
/// </summary>
public sealed record ExportSelection
{
    public bool Everything { get; init; }

    public IReadOnlyList<string> DefinitionTypes { get; init; } = [];

    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    public IReadOnlyList<string> ContentItemIds { get; init; } = [];

    public bool IsEmpty => !Everything && DefinitionTypes.Count == 0 && ContentTypes.Count == 0 && ContentItemIds.Count == 0;
}
