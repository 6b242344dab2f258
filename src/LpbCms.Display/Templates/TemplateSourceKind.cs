namespace LpbCms.Display.Templates;

/// <summary>Where templates come from; a theme's template overrides a module's template of the same name.</summary>
public enum TemplateSourceKind
{
    Module = 0,
    Theme = 1,
}
