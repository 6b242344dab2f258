using System.Globalization;
using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// Order of parts on a type and fields on a part, kept as Orchard does: <c>Position</c> (written as
/// text, "0", "1", ...) in <c>ContentTypePartSettings</c> and <c>ContentPartFieldSettings</c>.
/// Records without a position keep their place in the list.
/// </summary>
internal static class DefinitionPositions
{
    public const string TypePartSettings = "ContentTypePartSettings";
    public const string PartFieldSettings = "ContentPartFieldSettings";

    public static List<T> Ordered<T>(IEnumerable<T> records, Func<T, JsonObject> settingsOf, string group) =>
        [.. records.Select((r, i) => (r, i)).OrderBy(x => DefinitionSettingsReader.Number(settingsOf(x.r), group, "Position") ?? x.i).ThenBy(x => x.i).Select(x => x.r)];

    /// <summary>Moves the record at <paramref name="index"/> by <paramref name="offset"/> places, stopping at either end.</summary>
    public static void Move<T>(List<T> ordered, int index, int offset, string missing)
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

    /// <summary>Writes positions 0, 1, 2, ... in the given order, so positions stay dense after any change.</summary>
    public static void Renumber(IEnumerable<JsonObject> settingsInOrder, string group)
    {
        var i = 0;
        foreach (var settings in settingsInOrder)
        {
            ContentDefinitionEditor.SettingsGroup(settings, group)["Position"] = Text(i++);
        }
    }

    public static JsonObject Settings(string group, int position) =>
        new() { [group] = new JsonObject { ["Position"] = Text(position) } };

    private static string Text(int position) => position.ToString(CultureInfo.InvariantCulture);
}
