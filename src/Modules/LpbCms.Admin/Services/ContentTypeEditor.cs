using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LpbCms.Admin.Auditing;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;

namespace LpbCms.Admin.Services;

/// <summary>
/// The admin's types editor: checks and binds what the forms post (names, field types, settings
/// inputs) and runs each change as one update of the stored definition document through
/// <see cref="ContentDefinitionEditor"/>, which holds the definition rules (order, positions,
/// duplicates) shared with the recipe steps. Refusals are Dutch <see cref="ContentTypeEditException"/>s.
/// Every change is stored in one transaction with its audit entry, so a refused change leaves none.
/// </summary>
public sealed partial class ContentTypeEditor(IContentDefinitionManager definitions, IContentCatalog catalog, IUnitOfWork unitOfWork, AuditRecorder audit)
{
    private const string TypeSettings = "ContentTypeSettings";

    /// <summary>Field types the modules registered in the catalogue, by their Dutch names.</summary>
    public IReadOnlyList<ContentFieldDescriptor> FieldTypes =>
        [.. catalog.Fields.OrderBy(f => f.DisplayName, StringComparer.CurrentCulture)];

    /// <summary>
    /// Parts a type can add: the catalogue's parts (except those the content manager attaches by
    /// itself) and the stored shared parts (not other types' own parts).
    /// </summary>
    public IReadOnlyList<string> AvailableParts(ContentDefinitionDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var typeNames = document.ContentTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var registered = catalog.Parts.Where(p => !p.AttachedWithoutDefinition).Select(p => p.Name);
        var shared = document.ContentParts.Select(p => p.Name).Where(p => !typeNames.Contains(p));
        return [.. registered.Concat(shared).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>The type's parts in display order.</summary>
    public static IReadOnlyList<ContentTypePartDefinition> OrderedParts(ContentTypeDefinition type) => ContentDefinitionEditor.OrderedParts(type);

    /// <summary>The fields of the type's own part in display order (empty when it has none).</summary>
    public static IReadOnlyList<ContentPartFieldDefinition> OrderedFields(ContentDefinitionDocument document, string typeName) =>
        ContentDefinitionEditor.OrderedFields(document, typeName);

    public Task CreateTypeAsync(string? name, string? displayName, CancellationToken ct = default)
    {
        var technical = CheckName(name, "technische naam");
        var display = string.IsNullOrWhiteSpace(displayName) ? technical : displayName.Trim();
        // A new type starts with the part that gives items their display text (Orchard: TitlePart).
        var initialParts = catalog.Parts.Where(p => p.DisplayTextProperty is not null).Select(p => p.Name).Take(1).ToList();
        return AuditedAsync(
            AuditActions.ContentTypeCreated,
            new { Type = technical, DisplayName = display },
            () => definitions.UpdateAsync(document => ContentDefinitionEditor.CreateType(document, technical, display, initialParts), ct),
            ct);
    }

    public Task UpdateTypeSettingsAsync(string typeName, ContentTypeSettingsInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeTypeAsync(AuditActions.ContentTypeChanged, new { Type = typeName, Change = "Settings", input.DisplayName }, typeName, (_, type) =>
        {
            if (!string.IsNullOrWhiteSpace(input.DisplayName))
            {
                type.DisplayName = input.DisplayName.Trim();
            }

            var settings = ContentDefinitionEditor.SettingsGroup(type.Settings, TypeSettings);
            settings["Creatable"] = input.Creatable;
            settings["Listable"] = input.Listable;
            settings["Draftable"] = input.Draftable;
            settings["Versionable"] = input.Versionable;
            settings["Securable"] = input.Securable;
            SetOrRemove(settings, "Stereotype", input.Stereotype);
        }, ct);
    }

    public Task AddPartAsync(string typeName, string? partName, CancellationToken ct = default)
    {
        var part = CheckName(partName, "onderdeel");
        return ChangeTypeAsync(AuditActions.ContentTypePartAdded, new { Type = typeName, Part = part }, typeName, (document, type) =>
        {
            if (!AvailableParts(document).Contains(part, StringComparer.Ordinal) && part != type.Name)
            {
                throw new ContentTypeEditException($"Het onderdeel '{part}' bestaat niet.");
            }

            ContentDefinitionEditor.AddPart(type, part);
        }, ct);
    }

    public Task MovePartAsync(string typeName, string instanceName, int offset, CancellationToken ct = default) =>
        ChangeTypeAsync(
            AuditActions.ContentTypeChanged, new { Type = typeName, Change = "MovePart", Part = instanceName, Offset = offset },
            typeName, (_, type) => ContentDefinitionEditor.MovePart(type, instanceName, offset), ct);

    public Task RemovePartAsync(string typeName, string instanceName, CancellationToken ct = default) =>
        ChangeTypeAsync(
            AuditActions.ContentTypePartRemoved, new { Type = typeName, Part = instanceName },
            typeName, (_, type) => ContentDefinitionEditor.RemovePart(type, instanceName), ct);

    /// <summary>Replaces the settings of a part on the type; its position is kept.</summary>
    public Task UpdatePartSettingsAsync(string typeName, string instanceName, JsonObject settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ChangeTypeAsync(
            AuditActions.ContentTypeChanged, new { Type = typeName, Change = "PartSettings", Part = instanceName },
            typeName, (_, type) => ContentDefinitionEditor.ReplacePartSettings(type, instanceName, settings), ct);
    }

    /// <summary>Adds a field to the type's own part, creating that part (and adding it to the type) when needed.</summary>
    public Task AddFieldAsync(string typeName, string? fieldType, string? fieldName, string? displayName, CancellationToken ct = default)
    {
        var name = CheckName(fieldName, "veldnaam");
        if (fieldType is null || catalog.FindField(fieldType) is null)
        {
            throw new ContentTypeEditException("Kies een soort veld.");
        }

        var display = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim();
        return ChangeTypeAsync(
            AuditActions.ContentFieldAdded, new { Type = typeName, Field = name, FieldType = fieldType },
            typeName, (document, type) => ContentDefinitionEditor.AddField(document, type, fieldType, name, display), ct);
    }

    public Task MoveFieldAsync(string typeName, string fieldName, int offset, CancellationToken ct = default) =>
        ChangeOwnPartAsync(
            AuditActions.ContentTypeChanged, new { Type = typeName, Change = "MoveField", Field = fieldName, Offset = offset },
            typeName, part => ContentDefinitionEditor.MoveField(part, fieldName, offset), ct);

    public Task RemoveFieldAsync(string typeName, string fieldName, CancellationToken ct = default) =>
        ChangeOwnPartAsync(
            AuditActions.ContentFieldRemoved, new { Type = typeName, Field = fieldName },
            typeName, part => ContentDefinitionEditor.RemoveField(part, fieldName), ct);

    /// <summary>
    /// Binds the field form: label and editor into <c>ContentPartFieldSettings</c> (its other keys kept),
    /// and the field's own settings object as posted, with the form's hint and required flag.
    /// </summary>
    public Task UpdateFieldAsync(string typeName, string fieldName, ContentFieldInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ChangeOwnPartAsync(AuditActions.ContentFieldChanged, new { Type = typeName, Field = fieldName }, typeName, part =>
        {
            var field = ContentDefinitionEditor.RequireField(part, fieldName);
            var common = ContentDefinitionEditor.SettingsGroup(field.Settings, "ContentPartFieldSettings");
            common["DisplayName"] = string.IsNullOrWhiteSpace(input.DisplayName) ? field.Name : input.DisplayName.Trim();
            SetOrRemove(common, "Editor", input.Editor);

            var own = (JsonObject)input.OwnSettings.DeepClone();
            own["Required"] = input.Required;
            SetOrRemove(own, "Hint", input.Hint);
            field.Settings[field.FieldName + "Settings"] = own;
        }, ct);
    }

    private Task ChangeTypeAsync(
        string action, object details, string typeName, Action<ContentDefinitionDocument, ContentTypeDefinition> change, CancellationToken ct) =>
        AuditedAsync(action, details, () => definitions.UpdateAsync(document => change(document, ContentDefinitionEditor.RequireType(document, typeName)), ct), ct);

    private Task ChangeOwnPartAsync(string action, object details, string typeName, Action<ContentPartDefinition> change, CancellationToken ct) =>
        AuditedAsync(action, details, () => definitions.UpdateAsync(document => change(ContentDefinitionEditor.RequireOwnPart(document, typeName)), ct), ct);

    /// <summary>The change and its audit entry commit together; a refused change (an exception) stores neither.</summary>
    private async Task AuditedAsync(string action, object details, Func<Task> change, CancellationToken ct)
    {
        await using var transaction = await unitOfWork.BeginAsync(ct);
        await change();
        await audit.RecordAsync(action, details: details, ct: ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>A blank form value removes the setting rather than storing an empty one.</summary>
    private static void SetOrRemove(JsonObject settings, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            settings.Remove(key);
        }
        else
        {
            settings[key] = value.Trim();
        }
    }

    private static string CheckName(string? name, string what)
    {
        var trimmed = name?.Trim() ?? "";
        if (!NamePattern().IsMatch(trimmed))
        {
            throw new ContentTypeEditException($"De {what} moet met een letter beginnen en mag alleen letters, cijfers en _ bevatten (hoogstens 64 tekens), bijvoorbeeld 'Nieuwsbericht'.");
        }

        return trimmed;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamePattern();
}
