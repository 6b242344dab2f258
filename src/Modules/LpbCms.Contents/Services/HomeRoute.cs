using System.Text.Json.Nodes;

namespace LpbCms.Contents.Services;

/// <summary>Reads Orchard's <c>HomeRoute</c> site setting: the item shown at "/".</summary>
public static class HomeRoute
{
    public static string? GetContentItemId(JsonObject siteSettings) =>
        siteSettings["HomeRoute"] is JsonObject route ? ContentParts.GetString(route, "ContentItemId") : null;
}
