using LpbCms.Core.Recipes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// Whole-definition changes as Orchard's recipe steps make them. Names are matched ignoring case,
/// as recipes are written by hand.
/// </summary>
public static partial class ContentDefinitionEditor
{
    /// <summary>
    /// Adds the type, or merges it into the existing one (ContentDefinition step): the display name is
    /// replaced when given, settings are merged by settings-class name, part records are merged by
    /// <c>Name</c>, and records and settings the incoming type does not list are kept.
    /// </summary>
    public static void MergeType(ContentDefinitionDocument document, ContentTypeDefinition incoming)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(incoming);
        var existing = document.ContentTypes.FirstOrDefault(t => SameName(t.Name, incoming.Name));
        if (existing is null)
        {
            document.ContentTypes.Add(incoming);
            return;
        }

        existing.DisplayName = incoming.DisplayName ?? existing.DisplayName;
        JsonMerge.Into(existing.Settings, incoming.Settings);
        MergeByName(existing.ContentTypePartDefinitionRecords, incoming.ContentTypePartDefinitionRecords, p => p.Name, (current, part) =>
        {
            current.PartName = part.PartName;
            JsonMerge.Into(current.Settings, part.Settings);
        });
    }

    /// <summary>Adds the part, or merges it into the existing one as <see cref="MergeType"/> does, field records merged by <c>Name</c>.</summary>
    public static void MergePart(ContentDefinitionDocument document, ContentPartDefinition incoming)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(incoming);
        var existing = document.ContentParts.FirstOrDefault(p => SameName(p.Name, incoming.Name));
        if (existing is null)
        {
            document.ContentParts.Add(incoming);
            return;
        }

        JsonMerge.Into(existing.Settings, incoming.Settings);
        MergeByName(existing.ContentPartFieldDefinitionRecords, incoming.ContentPartFieldDefinitionRecords, f => f.Name, (current, field) =>
        {
            current.FieldName = field.FieldName;
            JsonMerge.Into(current.Settings, field.Settings);
        });
    }

    /// <summary>Each incoming record is merged into the existing one of the same name, or added after the existing ones.</summary>
    private static void MergeByName<T>(IList<T> existing, IEnumerable<T> incoming, Func<T, string> name, Action<T, T> merge)
    {
        foreach (var record in incoming)
        {
            var current = existing.FirstOrDefault(r => SameName(name(r), name(record)));
            if (current is null)
            {
                existing.Add(record);
            }
            else
            {
                merge(current, record);
            }
        }
    }

    /// <summary>The type replaces an existing one of the same name wholesale, in its place (ReplaceContentDefinition step).</summary>
    public static void ReplaceType(ContentDefinitionDocument document, ContentTypeDefinition replacement)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(replacement);
        Replace(document.ContentTypes, replacement, t => t.Name);
    }

    /// <summary>The part replaces an existing one of the same name wholesale, in its place.</summary>
    public static void ReplacePart(ContentDefinitionDocument document, ContentPartDefinition replacement)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(replacement);
        Replace(document.ContentParts, replacement, p => p.Name);
    }

    /// <summary>Removes the type (its items are kept, as in Orchard); false when no type has that name.</summary>
    public static bool DeleteType(ContentDefinitionDocument document, string name)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RemoveAll(document.ContentTypes, t => SameName(t.Name, name)).Count > 0;
    }

    /// <summary>
    /// Removes the part definition and, as Orchard does, every use of it on a type, so no type points
    /// at a part that is gone; false when no part has that name. Item data is kept.
    /// </summary>
    public static bool DeletePart(ContentDefinitionDocument document, string name)
    {
        ArgumentNullException.ThrowIfNull(document);
        var removed = RemoveAll(document.ContentParts, p => SameName(p.Name, name));
        foreach (var part in removed)
        {
            foreach (var type in document.ContentTypes)
            {
                RemoveAll(type.ContentTypePartDefinitionRecords, p => p.PartName == part.Name);
            }
        }

        return removed.Count > 0;
    }

    private static bool SameName(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static void Replace<T>(IList<T> list, T replacement, Func<T, string> nameOf)
    {
        var index = list.ToList().FindIndex(item => SameName(nameOf(item), nameOf(replacement)));
        if (index >= 0)
        {
            list[index] = replacement;
        }
        else
        {
            list.Add(replacement);
        }
    }

    private static List<T> RemoveAll<T>(IList<T> list, Func<T, bool> match)
    {
        var matches = list.Where(match).ToList();
        foreach (var item in matches)
        {
            list.Remove(item);
        }

        return matches;
    }
}
