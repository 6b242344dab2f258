using System.Collections.Immutable;
using System.Text.Json;

namespace LpbCms.Users.OpenId;

/// <summary>A client's roles, kept in the OpenIddict application's properties as a JSON array (Orchard keeps them on the application too).</summary>
internal static class ApiClientRoles
{
    public const string PropertyName = "roles";

    public static JsonElement ToProperty(IEnumerable<string> roles) => JsonSerializer.SerializeToElement(roles.ToArray());

    public static IReadOnlyList<string> FromProperties(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(PropertyName, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
