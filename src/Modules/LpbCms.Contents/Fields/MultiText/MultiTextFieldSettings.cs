namespace LpbCms.Contents.Fields.MultiText;

/// <summary>Orchard's MultiTextFieldSettings.</summary>
public sealed record MultiTextFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>The values editors choose from; with none, any texts are allowed (one per line).</summary>
    public IReadOnlyList<MultiTextFieldValueOption> Options { get; init; } = [];
}
