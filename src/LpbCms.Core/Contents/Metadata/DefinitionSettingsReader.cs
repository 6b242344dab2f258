using System.Text.Json.Nodes;

namespace LpbCms.Core.Contents.Metadata;

/// <summary>
/// The one reader of definition settings (the <c>Settings</c> of types, of parts on types and of
/// fields), used by recipes, the admin and the runtime alike. Settings are grouped by settings-class
/// name, e.g. <c>"TextFieldSettings": { "Required": true }</c>; group and key names are matched
/// exactly (PascalCase, as Orchard stores them).
/// <para>One leniency rule, Orchard's: recipes and forms often write numbers and booleans as text.</para>
/// <list type="bullet">
/// <item><description>Boolean: <c>true</c>/<c>false</c>, or the text <c>"true"</c>/<c>"false"</c> in any case, spaces around allowed.
/// Numbers (<c>1</c>, <c>"1"</c>) are not booleans.</description></item>
/// <item><description>Number: a JSON number, or invariant text such as <c>"3"</c>, <c>"-2.5"</c>, <c>"1e3"</c>. No thousands
/// separators, so the Dutch <c>"2,5"</c> is malformed rather than silently 25. A whole-number setting (<c>int</c>) given
/// <c>2.5</c> is malformed.</description></item>
/// <item><description>Text: a JSON string only (<c>""</c> is text); a number or boolean is not text.</description></item>
/// <item><description>List of text: a JSON array; entries that are not text are skipped.</description></item>
/// <item><description>Enum: a member name in any case, or a defined member's number (as a number or as text).</description></item>
/// </list>
/// <para>
/// <b>Missing, null or malformed</b> (<c>"yes"</c> for a boolean, <c>"abc"</c> for a number, an object where text is
/// expected): the value reads as absent, so the caller gets the settings class's default, and nothing throws.
/// Why: settings are read on every save and render, so one bad value in a recipe must not stop the editing
/// or display of every item of that type. The stored value is never changed by reading, so the admin's
/// settings editor still shows it to be corrected.
/// </para>
/// <para>
/// Unknown settings (groups or keys no settings class names) are ignored when reading and kept when
/// definitions change (<see cref="ContentDefinitionEditor"/> merges into, never rebuilds, a settings object).
/// </para>
/// </summary>
public static class DefinitionSettingsReader
{
    /// <summary>The settings object named <paramref name="settingsName"/>, e.g. <c>ContentTypePartSettings</c>; null when absent or not an object.</summary>
    public static JsonObject? Group(JsonObject? settings, string settingsName) => settings?[settingsName] as JsonObject;

    /// <summary>Text at <c>settingsName.key</c>, or null.</summary>
    public static string? Text(JsonObject settings, string settingsName, string key) => DefinitionSettingValue.Text(Node(settings, settingsName, key));

    /// <summary>The boolean at <c>settingsName.key</c>; false when missing or malformed.</summary>
    public static bool Bool(JsonObject settings, string settingsName, string key) => DefinitionSettingValue.Bool(Node(settings, settingsName, key)) ?? false;

    /// <summary>The number at <c>settingsName.key</c>, or null when missing or malformed.</summary>
    public static decimal? Number(JsonObject settings, string settingsName, string key) => DefinitionSettingValue.Number(Node(settings, settingsName, key));

    /// <summary>The text entries of the array at <c>settingsName.key</c>; empty when missing or not an array.</summary>
    public static IReadOnlyList<string> Strings(JsonObject settings, string settingsName, string key) =>
        DefinitionSettingValue.Strings(Node(settings, settingsName, key)) ?? [];

    /// <summary>
    /// The settings class <typeparamref name="T"/>, read from the group named <c>typeof(T).Name</c>; each
    /// property follows the rule above, so a missing or malformed value leaves that property's default.
    /// </summary>
    public static T Get<T>(JsonObject? settings)
        where T : new() => DefinitionSettingsBinder.Bind<T>(Group(settings, typeof(T).Name));

    /// <summary>
    /// The settings class <typeparamref name="T"/> read from the settings object itself (e.g. the
    /// <c>TaxonomyFieldSettings</c> object an options source is given), with the same rule.
    /// </summary>
    public static T GetFromGroup<T>(JsonObject? group)
        where T : new() => DefinitionSettingsBinder.Bind<T>(group);

    private static JsonNode? Node(JsonObject settings, string settingsName, string key)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Group(settings, settingsName)?[key];
    }
}
