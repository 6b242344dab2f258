using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>
/// The catalogue built from the registrations. Building checks every descriptor and throws a
/// <see cref="ContentCatalogException"/> naming the part or field and what it lacks, so a wrong
/// registration stops the host at start-up, not at the first request that needs it.
/// </summary>
public sealed class ContentCatalog : IContentCatalog
{
    private readonly Dictionary<string, ContentPartDescriptor> _parts;
    private readonly Dictionary<string, ContentFieldDescriptor> _fields;
    private readonly Dictionary<Type, int> _handlerRanks = [];

    public ContentCatalog(ContentCatalogRegistrations registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        var problems = new List<string>();
        Parts = [.. registrations.Parts.Select(r => Check(new ContentPartDescriptor(r), problems))];
        Fields = [.. registrations.Fields.Select(r => Check(new ContentFieldDescriptor(r), problems))];
        if (problems.Count > 0)
        {
            throw new ContentCatalogException("The content catalogue has errors: " + string.Join(" ", problems));
        }

        _parts = Parts.ToDictionary(p => p.Name, StringComparer.Ordinal);
        _fields = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var declared = registrations.Handlers.Concat(Parts.SelectMany(p => p.Handlers)).Concat(Fields.SelectMany(f => f.Handlers))
            .Select((h, i) => (h, i)).OrderBy(x => x.h.Stage).ThenBy(x => x.i);
        foreach (var (handler, _) in declared)
        {
            _handlerRanks.TryAdd(handler.HandlerType, _handlerRanks.Count);
        }
    }

    public IReadOnlyList<ContentPartDescriptor> Parts { get; }

    public IReadOnlyList<ContentFieldDescriptor> Fields { get; }

    public ContentPartDescriptor? FindPart(string name) => _parts.GetValueOrDefault(name);

    public ContentFieldDescriptor? FindField(string name) => _fields.GetValueOrDefault(name);

    public IReadOnlyList<IContentHandler> Order(IEnumerable<IContentHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        return [.. handlers.OrderBy(h => _handlerRanks.TryGetValue(h.GetType(), out var rank) ? rank : int.MaxValue)];
    }

    private static T Check<T>(T descriptor, List<string> problems)
        where T : ContentElementDescriptor
    {
        var what = descriptor is ContentPartDescriptor ? "Part" : "Field type";
        void Problem(string text) => problems.Add($"{what} '{descriptor.Name}' {text}.");
        if (string.IsNullOrWhiteSpace(descriptor.DisplayName))
        {
            Problem("has no display name (WithDisplayName)");
        }

        foreach (var duplicate in descriptor.Properties.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Problem($"declares the property '{duplicate.Key}' twice");
        }

        void MustExist(string? property, string use)
        {
            if (property is not null && descriptor.FindProperty(property) is null)
            {
                Problem($"names '{property}' as {use}, but has no such property");
            }
        }

        foreach (var items in descriptor.Properties.Where(p => p.Kind == ContentValueKind.ItemList && p.InGraph))
        {
            Problem($"shows the list of items '{items.Name}' in GraphQL, which has no type for it (declare it inGraph: false)");
        }

        MustExist(descriptor.EditedProperty, "its edited property");
        if (descriptor.Editor != EditorKind.None && descriptor.EditedProperty is null && descriptor is ContentPartDescriptor)
        {
            Problem($"has the editor {descriptor.Editor} but no edited property");
        }

        switch (descriptor)
        {
            case ContentPartDescriptor part:
                MustExist(part.Route?.PathProperty, "its route path");
                MustExist(part.Route?.DisabledProperty, "its route switch");
                MustExist(part.DisplayTextProperty, "its display text");
                MustExist(part.HtmlBodyProperty, "its HTML body");
                MustExist(part.TermsProperty, "its terms");
                break;
            case ContentFieldDescriptor field:
                if (field.Properties.Count == 0)
                {
                    Problem("has no properties");
                }

                MustExist(field.IndexedProperty, "its indexed property");
                MustExist(field.GraphScalarProperty, "its GraphQL value");
                if ((field.Editor is EditorKind.Choice || field.EditorVariants.Values.Concat(field.EditorsBySetting.Values).Contains(EditorKind.Choice)) && field.OptionsSourceType is null)
                {
                    Problem("has a choice editor but no options source (WithOptionsFrom)");
                }

                break;
        }

        return descriptor;
    }
}
