using LpbCms.Core.Contents;

namespace LpbCms.Admin.Editing;

/// <summary>Everything the item form shows: the editors, the version it was loaded from, errors and a conflict, and which buttons the user may use.</summary>
public sealed class ItemFormState
{
    public required ContentItem Item { get; init; }

    public required string TypeDisplayName { get; init; }

    public required IReadOnlyList<EditorSection> Sections { get; init; }

    /// <summary>The latest version when the form was loaded ("" for a new item): a save over another version is a conflict.</summary>
    public string BaseVersionId { get; init; } = "";

    public int BaseRevision { get; init; }

    public bool IsNew { get; init; }

    public bool CanPublish { get; init; }

    public bool Draftable { get; init; }

    /// <summary>Errors that belong to no editor on the form.</summary>
    public IList<string> GeneralErrors { get; } = [];

    /// <summary>Set when someone else saved the item after this form was loaded; the newer version's ids let the user save anyway on purpose.</summary>
    public ContentItem? ConflictingVersion { get; set; }

    public bool HasErrors => GeneralErrors.Count > 0 || Sections.Any(s => s.Fields.Any(f => f.Errors.Count > 0));

    /// <summary>Puts each error next to the editor whose JSON path it falls under; the rest go to <see cref="GeneralErrors"/>.</summary>
    public void AddErrors(IEnumerable<Core.Contents.Handlers.ContentValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var editors = Sections.SelectMany(s => s.Fields).ToList();
        foreach (var error in errors)
        {
            if (editors.FirstOrDefault(e => e.Owns(error.Path)) is { } editor)
            {
                editor.Errors.Add(error.Message);
            }
            else
            {
                GeneralErrors.Add(error.Message);
            }
        }
    }
}
