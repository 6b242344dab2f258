using System.Text.Json.Nodes;

namespace LpbCms.Core.Setup;

/// <summary>
/// Where the site settings record that setup is done:
/// <c>"Setup": { "Completed": true, "CompletedUtc", "Recipe", "AdminUserId", "AdminUserName" }</c>.
/// </summary>
public static class SetupState
{
    public const string SectionName = "Setup";

    public const string CompletedKey = "Completed";

    /// <summary>The administrator created at setup; recipes run later (command line) use it for <c>parameters('AdminUserId')</c>.</summary>
    public const string AdminUserIdKey = "AdminUserId";

    public const string AdminUserNameKey = "AdminUserName";

    public static bool IsCompleted(JsonObject siteSettings)
    {
        ArgumentNullException.ThrowIfNull(siteSettings);
        return siteSettings[SectionName] is JsonObject setup
            && setup[CompletedKey] is JsonValue completed
            && completed.TryGetValue(out bool done)
            && done;
    }

    /// <summary>
    /// Values for a recipe's <c>parameters()</c> outside setup, when no user is signed in: the site
    /// name and the administrator created at setup.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> RecipeParameters(JsonObject siteSettings)
    {
        ArgumentNullException.ThrowIfNull(siteSettings);
        var setup = siteSettings[SectionName];
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["SiteName"] = siteSettings["SiteName"]?.GetValue<string>(),
            ["AdminUserId"] = setup?[AdminUserIdKey]?.GetValue<string>(),
            ["AdminUsername"] = setup?[AdminUserNameKey]?.GetValue<string>(),
        };
    }
}
