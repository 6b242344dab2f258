using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Core.Contents.Indexing;

/// <summary>Which field index rows a definition document can have, to find those a change orphans.</summary>
internal static class DefinedFieldIndexKeys
{
    /// <summary>
    /// Every (type, part instance, field, field type) the document defines. The field type is part of
    /// the key so that a field whose type changed counts as removed: its rows hold values of the old kind.
    /// </summary>
    public static HashSet<(FieldIndexKey Key, string FieldType)> Of(ContentDefinitionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.ContentTypes
            .SelectMany(type => document.GetFields(type).Select(f => (new FieldIndexKey(type.Name, f.PartInstanceName, f.Name), f.FieldType)))
            .ToHashSet();
    }

    /// <summary>The fields defined in <paramref name="before"/> that <paramref name="after"/> no longer defines as they were.</summary>
    public static IReadOnlyList<FieldIndexKey> Removed(HashSet<(FieldIndexKey Key, string FieldType)> before, ContentDefinitionDocument after)
    {
        ArgumentNullException.ThrowIfNull(before);
        var remaining = Of(after);
        return [.. before.Where(field => !remaining.Contains(field)).Select(field => field.Key).Distinct()];
    }
}
