namespace LpbCms.Admin.Editing;

/// <summary>
/// One editor on the item form: a part property (title, path, body) or a field. <see cref="Key"/>
/// is the JSON path of the part or field in the item (<c>TitlePart</c>, <c>Gift.Organisation</c>);
/// validation errors whose path starts with it are shown next to it.
/// </summary>
public sealed class EditorField
{
    public required string Key { get; init; }

    public required EditorKind Kind { get; init; }

    public required string Label { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public int Scale { get; init; }

    public bool Multiple { get; init; }

    /// <summary>Types a content picker offers (empty: all listable types).</summary>
    public IReadOnlyList<string> PickerTypes { get; init; } = [];

    /// <summary>Current values by property (<c>Text</c>, <c>Url</c>, <c>Value</c>, ...), as form strings.</summary>
    public IDictionary<string, string?> Values { get; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Picked items of a content picker, in order.</summary>
    public IList<PickedItem> Picked { get; } = [];

    /// <summary>The JSON property a list or choice editor writes (<c>Values</c>, <c>TermContentItemIds</c>).</summary>
    public string? Property { get; init; }

    /// <summary>What a list or choice editor offers (empty: free text, one value per line).</summary>
    public IReadOnlyList<ContentFieldOption> Options { get; set; } = [];

    /// <summary>The values a list or choice editor holds now, in order.</summary>
    public IList<string> Chosen { get; } = [];

    /// <summary>Media paths with their alt texts, in order.</summary>
    public IList<(string Path, string? Text)> Media { get; } = [];

    public IList<string> Errors { get; } = [];

    /// <summary>The form input name of a property: <c>c:{Key}.{property}</c>.</summary>
    public string InputName(string property) => $"{EditorForm.Prefix}{Key}.{property}";

    /// <summary>An HTML id for a property's input.</summary>
    public string InputId(string property) => "f-" + (Key + "-" + property).Replace('.', '-');

    public string? Value(string property) => Values.TryGetValue(property, out var value) ? value : null;

    /// <summary>True when an error path (e.g. <c>Gift.Organisation.Text</c>) belongs to this editor.</summary>
    public bool Owns(string errorPath) =>
        errorPath == Key || errorPath.StartsWith(Key + ".", StringComparison.Ordinal) || errorPath.StartsWith(Key + "[", StringComparison.Ordinal);
}
