namespace LpbCms.Display.Templates;

/// <summary>A set of Liquid templates by name (without the <c>.liquid</c> extension), e.g. <c>Content-BlogPost.Summary</c>.</summary>
public interface ITemplateSource
{
    /// <summary>Identifies the source in errors and in the compiled template cache.</summary>
    string Name { get; }

    TemplateSourceKind Kind { get; }

    /// <summary>The template text, or null when this source has no template of that name.</summary>
    string? GetTemplate(string name);
}
