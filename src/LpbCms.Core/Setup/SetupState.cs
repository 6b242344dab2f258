using System.Text.Json.Nodes;

namespace LpbCms.Core.Setup;

/// <summary>Where the site settings record that setup is done: <c>"Setup": { "Completed": true, "CompletedUtc", "Recipe" }</c>.</summary>
public static class SetupState
{
    public const string SectionName = "Setup";

    public const string CompletedKey = "Completed";

    public static bool IsCompleted(JsonObject siteSettings)
    {
        ArgumentNullException.ThrowIfNull(siteSettings);
        return siteSettings[SectionName] is JsonObject setup
            && setup[CompletedKey] is JsonValue completed
            && completed.TryGetValue(out bool done)
            && done;
    }
}
