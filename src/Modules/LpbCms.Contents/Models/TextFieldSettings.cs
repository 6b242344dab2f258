namespace LpbCms.Contents.Models;

/// <summary>Orchard's TextFieldSettings.</summary>
public sealed record TextFieldSettings
{
    public string? Hint { get; init; }

    public bool Required { get; init; }
}
