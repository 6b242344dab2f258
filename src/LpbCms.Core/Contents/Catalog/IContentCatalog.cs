using LpbCms.Core.Contents.Handlers;

namespace LpbCms.Core.Contents.Catalog;

/// <summary>
/// Every part and field type the modules registered, described once (ARCHITECTURE.md section 10).
/// Validation, the field index, the admin's editors and types editor, the JSON Schema, GraphQL and
/// routing all read it; none of them names a part or field.
/// </summary>
public interface IContentCatalog
{
    IReadOnlyList<ContentPartDescriptor> Parts { get; }

    IReadOnlyList<ContentFieldDescriptor> Fields { get; }

    ContentPartDescriptor? FindPart(string name);

    ContentFieldDescriptor? FindField(string name);

    /// <summary>The handlers in run order: catalogue handlers stage by stage in declared order, then all others as registered.</summary>
    IReadOnlyList<IContentHandler> Order(IEnumerable<IContentHandler> handlers);
}
