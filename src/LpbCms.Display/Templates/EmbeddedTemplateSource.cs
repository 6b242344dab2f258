using System.Reflection;

namespace LpbCms.Display.Templates;

/// <summary>
/// Templates embedded in an assembly as resources named <c>{prefix}{name}.liquid</c>; read once, at construction.
/// A module or theme project embeds its <c>Views/*.liquid</c> with a logical name carrying the prefix.
/// </summary>
public sealed class EmbeddedTemplateSource : ITemplateSource
{
    public const string Extension = ".liquid";

    private readonly Dictionary<string, string> _templates = new(StringComparer.Ordinal);

    public EmbeddedTemplateSource(Assembly assembly, string resourcePrefix, TemplateSourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrEmpty(resourcePrefix);
        Name = assembly.GetName().Name ?? resourcePrefix;
        Kind = kind;
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(Extension, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded template '{resource}' cannot be read.");
            using var reader = new StreamReader(stream);
            var name = resource[resourcePrefix.Length..^Extension.Length];
            _templates[name] = reader.ReadToEnd();
        }

        if (_templates.Count == 0)
        {
            throw new InvalidOperationException($"The assembly '{Name}' embeds no templates named '{resourcePrefix}*{Extension}'.");
        }
    }

    public string Name { get; }

    public TemplateSourceKind Kind { get; }

    /// <summary>The names of the templates this source holds.</summary>
    public IReadOnlyCollection<string> TemplateNames => _templates.Keys;

    public string? GetTemplate(string name) => _templates.GetValueOrDefault(name);
}
