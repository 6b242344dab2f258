using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Admin.Services;

/// <summary>
/// Changes content definitions as Orchard's type editor does, each change one update of the stored
/// definition document: types with their settings, the parts on a type (in order, with their
/// settings) and the fields of the type's own part (the part named after the type). Order is kept
/// as <c>Position</c> in <c>ContentTypePartSettings</c> and <c>ContentPartFieldSettings</c>.
/// Removing a part or field leaves item data alone (it is kept verbatim and returns when re-added).
/// </summary>
public sealed partial class ContentTypeEditor(IContentDefinitionManager definitions)
{
    /// <summary>Parts implemented in code that a type can use without a stored part definition.</summary>
    public static IReadOnlyList<string> KnownParts { get; } =
    [
        "TitlePart", "AutoroutePart", "HtmlBodyPart", "MarkdownBodyPart", "ListPart", "ContainedPart",
        "AliasPart", "TaxonomyPart", "BagPart", "FlowPart", "PublishLaterPart",
    ];

    /// <summary>Field types the admin has editors for.</summary>
    public static IReadOnlyList<string> FieldTypes { get; } =
    [
        "TextField", "HtmlField", "MarkdownField", "NumericField", "BooleanField", "DateField", "DateTimeField",
        "TimeField", "LinkField", "ContentPickerField", "MediaField", "MultiTextField", "TaxonomyField",
    ];

    private const string TypeSettings = "ContentTypeSettings";
    private const string TypePartSettings = "ContentTypePartSettings";
    private const string PartFieldSettings = "ContentPartFieldSettings";

    /// <summary>Parts a type can add: those known in code and the stored shared parts (not other types' own parts).</summary>
    public static IReadOnlyList<string> AvailableParts(ContentDefinitionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var typeNames = document.ContentTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return [.. KnownParts.Concat(document.ContentParts.Select(p => p.Name).Where(p => !typeNames.Contains(p))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The type's parts in display order.</summary>
    public static IReadOnlyList<ContentTypePartDefinition> OrderedParts(ContentTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return [.. type.ContentTypePartDefinitionRecords.Select((p, i) => (p, i)).OrderBy(x => Position(x.p.Settings, TypePartSettings) ?? x.i).ThenBy(x => x.i).Select(x => x.p)];
    }

    /// <summary>The fields of the type's own part in display order (empty when it has none).</summary>
    public static IReadOnlyList<ContentPartFieldDefinition> OrderedFields(ContentDefinitionDocument document, string typeName)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.FindPartDefinition(typeName) is { } part ? Ordered(part.ContentPartFieldDefinitionRecords) : [];
    }

    public async Task CreateTypeAsync(string? name, string? displayName, CancellationToken ct = default)
    {
        var technical = CheckName(name, "technische naam");
        var display = string.IsNullOrWhiteSpace(displayName) ? technical : displayName.Trim();
        await definitions.UpdateAsync(
            document =>
            {
                if (document.ContentTypes.Any(t => string.Equals(t.Name, technical, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new ContentTypeEditException($"Er bestaat al een inhoudstype met de naam '{technical}'.");
                }

                document.ContentTypes.Add(new ContentTypeDefinition
                {
                    Name = technical,
                    DisplayName = display,
                    Settings = new JsonObject
                    {
                        [TypeSettings] = new JsonObject { ["Creatable"] = true, ["Listable"] = true, ["Draftable"] = true, ["Versionable"] = true, ["Securable"] = true },
                    },
                    ContentTypePartDefinitionRecords =
                    [
                        new ContentTypePartDefinition { PartName = "TitlePart", Name = "TitlePart", Settings = PositionSettings(TypePartSettings, 0) },
                    ],
                });
            },
            ct);
    }

    public Task UpdateTypeSettingsAsync(string typeName, ContentTypeSettingsInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeTypeAsync(typeName, (_, type) =>
        {
            if (!string.IsNullOrWhiteSpace(input.DisplayName))
            {
                type.DisplayName = input.DisplayName.Trim();
            }

            var settings = Group(type.Settings, TypeSettings);
            settings["Creatable"] = input.Creatable;
            settings["Listable"] = input.Listable;
            settings["Draftable"] = input.Draftable;
            settings["Versionable"] = input.Versionable;
            settings["Securable"] = input.Securable;
            if (string.IsNullOrWhiteSpace(input.Stereotype))
            {
                settings.Remove("Stereotype");
            }
            else
            {
                settings["Stereotype"] = input.Stereotype.Trim();
            }
        }, ct);
    }

    public Task AddPartAsync(string typeName, string? partName, CancellationToken ct = default)
    {
        var part = CheckName(partName, "onderdeel");
        return ChangeTypeAsync(typeName, (document, type) =>
        {
            if (!AvailableParts(document).Contains(part, StringComparer.Ordinal) && part != type.Name)
            {
                throw new ContentTypeEditException($"Het onderdeel '{part}' bestaat niet.");
            }

            if (type.ContentTypePartDefinitionRecords.Any(p => p.Name == part))
            {
                throw new ContentTypeEditException($"Het type heeft het onderdeel '{part}' al.");
            }

            type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition { PartName = part, Name = part, Settings = [] });
            Renumber(OrderedParts(type).Select(p => p.Settings), TypePartSettings);
        }, ct);
    }

    public Task MovePartAsync(string typeName, string instanceName, int offset, CancellationToken ct = default) =>
        ChangeTypeAsync(typeName, (_, type) =>
        {
            var ordered = OrderedParts(type).ToList();
            var index = ordered.FindIndex(p => p.Name == instanceName);
            Move(ordered, index, offset, $"Het type heeft geen onderdeel '{instanceName}'.");
            Renumber(ordered.Select(p => p.Settings), TypePartSettings);
        }, ct);

    public Task RemovePartAsync(string typeName, string instanceName, CancellationToken ct = default) =>
        ChangeTypeAsync(typeName, (_, type) =>
        {
            var part = type.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == instanceName)
                ?? throw new ContentTypeEditException($"Het type heeft geen onderdeel '{instanceName}'.");
            type.ContentTypePartDefinitionRecords.Remove(part);
            Renumber(OrderedParts(type).Select(p => p.Settings), TypePartSettings);
        }, ct);

    /// <summary>Replaces the settings of a part on the type; its position is kept.</summary>
    public Task UpdatePartSettingsAsync(string typeName, string instanceName, JsonObject settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ChangeTypeAsync(typeName, (_, type) =>
        {
            var part = type.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == instanceName)
                ?? throw new ContentTypeEditException($"Het type heeft geen onderdeel '{instanceName}'.");
            var position = Group(part.Settings, TypePartSettings)["Position"]?.DeepClone();
            part.Settings = (JsonObject)settings.DeepClone();
            if (position is not null)
            {
                Group(part.Settings, TypePartSettings)["Position"] = position;
            }
        }, ct);
    }

    /// <summary>Adds a field to the type's own part, creating that part (and adding it to the type) when needed.</summary>
    public Task AddFieldAsync(string typeName, string? fieldType, string? fieldName, string? displayName, CancellationToken ct = default)
    {
        var name = CheckName(fieldName, "veldnaam");
        if (fieldType is null || !FieldTypes.Contains(fieldType, StringComparer.Ordinal))
        {
            throw new ContentTypeEditException("Kies een soort veld.");
        }

        return ChangeTypeAsync(typeName, (document, type) =>
        {
            var part = document.FindPartDefinition(type.Name);
            if (part is null)
            {
                part = new ContentPartDefinition { Name = type.Name };
                document.ContentParts.Add(part);
            }

            if (!type.ContentTypePartDefinitionRecords.Any(p => p.Name == type.Name))
            {
                type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition { PartName = type.Name, Name = type.Name, Settings = [] });
                Renumber(OrderedParts(type).Select(p => p.Settings), TypePartSettings);
            }

            if (part.ContentPartFieldDefinitionRecords.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ContentTypeEditException($"Er is al een veld met de naam '{name}'.");
            }

            var settings = new JsonObject
            {
                [PartFieldSettings] = new JsonObject { ["DisplayName"] = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim() },
            };
            part.ContentPartFieldDefinitionRecords.Add(new ContentPartFieldDefinition { FieldName = fieldType, Name = name, Settings = settings });
            Renumber(Ordered(part.ContentPartFieldDefinitionRecords).Select(f => f.Settings), PartFieldSettings);
        }, ct);
    }

    public Task MoveFieldAsync(string typeName, string fieldName, int offset, CancellationToken ct = default) =>
        ChangeOwnPartAsync(typeName, part =>
        {
            var ordered = Ordered(part.ContentPartFieldDefinitionRecords).ToList();
            Move(ordered, ordered.FindIndex(f => f.Name == fieldName), offset, $"Er is geen veld '{fieldName}'.");
            Renumber(ordered.Select(f => f.Settings), PartFieldSettings);
        }, ct);

    public Task RemoveFieldAsync(string typeName, string fieldName, CancellationToken ct = default) =>
        ChangeOwnPartAsync(typeName, part =>
        {
            var field = part.ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == fieldName)
                ?? throw new ContentTypeEditException($"Er is geen veld '{fieldName}'.");
            part.ContentPartFieldDefinitionRecords.Remove(field);
            Renumber(Ordered(part.ContentPartFieldDefinitionRecords).Select(f => f.Settings), PartFieldSettings);
        }, ct);

    public Task UpdateFieldAsync(string typeName, string fieldName, ContentFieldInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeOwnPartAsync(typeName, part =>
        {
            var field = part.ContentPartFieldDefinitionRecords.FirstOrDefault(f => f.Name == fieldName)
                ?? throw new ContentTypeEditException($"Er is geen veld '{fieldName}'.");
            var common = Group(field.Settings, PartFieldSettings);
            common["DisplayName"] = string.IsNullOrWhiteSpace(input.DisplayName) ? field.Name : input.DisplayName.Trim();
            if (string.IsNullOrWhiteSpace(input.Editor))
            {
                common.Remove("Editor");
            }
            else
            {
                common["Editor"] = input.Editor.Trim();
            }

            var own = (JsonObject)input.OwnSettings.DeepClone();
            own["Required"] = input.Required;
            if (string.IsNullOrWhiteSpace(input.Hint))
            {
                own.Remove("Hint");
            }
            else
            {
                own["Hint"] = input.Hint.Trim();
            }

            field.Settings[field.FieldName + "Settings"] = own;
        }, ct);
    }

    private Task ChangeTypeAsync(string typeName, Action<ContentDefinitionDocument, ContentTypeDefinition> change, CancellationToken ct) =>
        definitions.UpdateAsync(
            document => change(document, document.FindType(typeName) ?? throw new ContentTypeEditException($"Het inhoudstype '{typeName}' bestaat niet.")),
            ct);

    private Task ChangeOwnPartAsync(string typeName, Action<ContentPartDefinition> change, CancellationToken ct) =>
        ChangeTypeAsync(typeName, (document, type) =>
            change(document.FindPartDefinition(type.Name) ?? throw new ContentTypeEditException($"Het type '{typeName}' heeft geen eigen velden.")), ct);

    private static string CheckName(string? name, string what)
    {
        var trimmed = name?.Trim() ?? "";
        if (!NamePattern().IsMatch(trimmed))
        {
            throw new ContentTypeEditException($"De {what} moet met een letter beginnen en mag alleen letters, cijfers en _ bevatten (hoogstens 64 tekens), bijvoorbeeld 'Nieuwsbericht'.");
        }

        return trimmed;
    }

    private static IReadOnlyList<ContentPartFieldDefinition> Ordered(IList<ContentPartFieldDefinition> fields) =>
        [.. fields.Select((f, i) => (f, i)).OrderBy(x => Position(x.f.Settings, PartFieldSettings) ?? x.i).ThenBy(x => x.i).Select(x => x.f)];

    private static void Move<T>(List<T> ordered, int index, int offset, string missing)
    {
        if (index < 0)
        {
            throw new ContentTypeEditException(missing);
        }

        var target = Math.Clamp(index + offset, 0, ordered.Count - 1);
        var item = ordered[index];
        ordered.RemoveAt(index);
        ordered.Insert(target, item);
    }

    private static void Renumber(IEnumerable<JsonObject> settingsInOrder, string group)
    {
        var i = 0;
        foreach (var settings in settingsInOrder)
        {
            Group(settings, group)["Position"] = (i++).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static JsonObject PositionSettings(string group, int position) =>
        new() { [group] = new JsonObject { ["Position"] = position.ToString(CultureInfo.InvariantCulture) } };

    private static double? Position(JsonObject settings, string group) =>
        (double?)LpbCms.Admin.Editing.DefinitionSettings.Number(settings, group, "Position");

    private static JsonObject Group(JsonObject settings, string group)
    {
        if (settings[group] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        settings[group] = created;
        return created;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamePattern();
}
