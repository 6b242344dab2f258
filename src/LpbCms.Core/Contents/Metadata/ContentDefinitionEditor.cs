using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// Every change to a <see cref="ContentDefinitionDocument"/>, in one place for the recipe steps and the
/// admin's types editor: types, the parts on a type (ordered by <c>Position</c>), the fields of a
/// type's own part (the part named after the type), and the recipe merge, replace and delete.
/// Operations change the document in memory (callers run them inside
/// <see cref="IContentDefinitionManager.UpdateAsync"/>) and refuse with a Dutch
/// <see cref="ContentTypeEditException"/> naming what is wrong. Settings objects are changed key by
/// key, never rebuilt, so settings this code does not know survive every change. Removing a part or
/// field leaves item data alone (it is kept verbatim and returns when re-added).
/// </summary>
public static partial class ContentDefinitionEditor
{
    private const string TypeSettings = "ContentTypeSettings";

    /// <summary>The type named <paramref name="typeName"/> (exact case).</summary>
    public static ContentTypeDefinition RequireType(ContentDefinitionDocument document, string typeName)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.FindType(typeName) ?? throw new ContentTypeEditException($"Het inhoudstype '{typeName}' bestaat niet.");
    }

    /// <summary>
    /// A new type as Orchard's admin creates one: creatable, listable, draftable, versionable and
    /// securable, with <paramref name="initialParts"/> in that order (the admin passes the part that
    /// gives the display text, Orchard's TitlePart); a name that differs only in case from an
    /// existing type is refused.
    /// </summary>
    public static ContentTypeDefinition CreateType(ContentDefinitionDocument document, string name, string displayName, IReadOnlyList<string> initialParts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(initialParts);
        if (document.ContentTypes.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ContentTypeEditException($"Er bestaat al een inhoudstype met de naam '{name}'.");
        }

        var type = new ContentTypeDefinition
        {
            Name = name,
            DisplayName = displayName,
            Settings = new JsonObject
            {
                [TypeSettings] = new JsonObject { ["Creatable"] = true, ["Listable"] = true, ["Draftable"] = true, ["Versionable"] = true, ["Securable"] = true },
            },
            ContentTypePartDefinitionRecords =
            [
                .. initialParts.Select((part, position) => new ContentTypePartDefinition
                {
                    PartName = part,
                    Name = part,
                    Settings = DefinitionPositions.Settings(DefinitionPositions.TypePartSettings, position),
                }),
            ],
        };
        document.ContentTypes.Add(type);
        return type;
    }

    /// <summary>The type's parts in display order.</summary>
    public static IReadOnlyList<ContentTypePartDefinition> OrderedParts(ContentTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return DefinitionPositions.Ordered(type.ContentTypePartDefinitionRecords, p => p.Settings, DefinitionPositions.TypePartSettings);
    }

    /// <summary>Adds the part <paramref name="partName"/> (instance named after it) at the end of the type.</summary>
    public static void AddPart(ContentTypeDefinition type, string partName)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.ContentTypePartDefinitionRecords.Any(p => p.Name == partName))
        {
            throw new ContentTypeEditException($"Het type heeft het onderdeel '{partName}' al.");
        }

        type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition { PartName = partName, Name = partName, Settings = [] });
        RenumberParts(type);
    }

    public static void RemovePart(ContentTypeDefinition type, string instanceName)
    {
        type.ContentTypePartDefinitionRecords.Remove(RequirePart(type, instanceName));
        RenumberParts(type);
    }

    /// <summary>Moves a part <paramref name="offset"/> places (negative: up), stopping at either end.</summary>
    public static void MovePart(ContentTypeDefinition type, string instanceName, int offset)
    {
        var ordered = OrderedParts(type).ToList();
        DefinitionPositions.Move(ordered, ordered.FindIndex(p => p.Name == instanceName), offset, MissingPart(instanceName));
        DefinitionPositions.Renumber(ordered.Select(p => p.Settings), DefinitionPositions.TypePartSettings);
    }

    /// <summary>Replaces the settings of a part on the type (as edited as a whole in the admin); its position is kept.</summary>
    public static void ReplacePartSettings(ContentTypeDefinition type, string instanceName, JsonObject settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var part = RequirePart(type, instanceName);
        var position = SettingsGroup(part.Settings, DefinitionPositions.TypePartSettings)["Position"]?.DeepClone();
        part.Settings = (JsonObject)settings.DeepClone();
        if (position is not null)
        {
            SettingsGroup(part.Settings, DefinitionPositions.TypePartSettings)["Position"] = position;
        }
    }

    /// <summary>The settings group <paramref name="group"/> (e.g. <c>ContentTypeSettings</c>), created empty when missing.</summary>
    public static JsonObject SettingsGroup(JsonObject settings, string group)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings[group] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        settings[group] = created;
        return created;
    }

    private static ContentTypePartDefinition RequirePart(ContentTypeDefinition type, string instanceName)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == instanceName) ?? throw new ContentTypeEditException(MissingPart(instanceName));
    }

    private static string MissingPart(string instanceName) => $"Het type heeft geen onderdeel '{instanceName}'.";

    private static void RenumberParts(ContentTypeDefinition type) =>
        DefinitionPositions.Renumber(OrderedParts(type).Select(p => p.Settings), DefinitionPositions.TypePartSettings);
}
