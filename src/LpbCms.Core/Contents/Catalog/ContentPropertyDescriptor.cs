namespace LpbCms.Core.Contents.Catalog;

/// <summary>One property of a part's or field's JSON object (e.g. <c>Text</c> of a TextField).</summary>
/// <param name="Name">The JSON property name, as Orchard writes it (PascalCase).</param>
/// <param name="Kind">Its JSON kind.</param>
/// <param name="Required">Whether a stored value must have it (shape checks report a missing one).</param>
/// <param name="Role">What the values point at.</param>
/// <param name="InGraph">Whether GraphQL shows it on the part's or field's object type.</param>
public sealed record ContentPropertyDescriptor(
    string Name,
    ContentValueKind Kind,
    bool Required = false,
    ContentPropertyRole Role = ContentPropertyRole.None,
    bool InGraph = true)
{
    /// <summary>The GraphQL name: camelCase, as Orchard's GraphQL writes properties.</summary>
    public string GraphName => Name.Length == 0 ? Name : char.ToLowerInvariant(Name[0]) + Name[1..];
}
