namespace LpbCms.Display.Templates;

/// <summary>The template chosen for a render: its name, the source that provided it and its text.</summary>
public sealed record ResolvedTemplate(string Name, string SourceName, string Text)
{
    /// <summary>Key of the compiled template: the same name from another source is another template.</summary>
    public string CacheKey => $"{SourceName}:{Name}";
}
