namespace LpbCms.Core.Contents.Catalog;

public sealed class ContentFieldRegistration(string name, string registeredBy) : ContentElementRegistration(name, registeredBy)
{
    public string? IndexedProperty { get; set; }

    public string? GraphScalarProperty { get; set; }

    public Type? OptionsSourceType { get; set; }

    public IDictionary<string, EditorKind> EditorVariants { get; } = new Dictionary<string, EditorKind>(StringComparer.Ordinal);

    public IDictionary<string, EditorKind> EditorsBySetting { get; } = new Dictionary<string, EditorKind>(StringComparer.Ordinal);
}
