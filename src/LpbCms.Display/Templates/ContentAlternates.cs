namespace LpbCms.Display.Templates;

/// <summary>Orchard's template names for showing a content item, most specific first.</summary>
public static class ContentAlternates
{
    /// <summary>The full page display of an item.</summary>
    public const string Detail = "Detail";

    /// <summary>An item in a list.</summary>
    public const string Summary = "Summary";

    /// <summary>
    /// <c>Content-{Type}</c>, <c>Content</c> for <see cref="Detail"/>; <c>Content-{Type}.{DisplayType}</c>,
    /// <c>Content.{DisplayType}</c> for any other display type.
    /// </summary>
    public static IReadOnlyList<string> For(string contentType, string displayType)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        ArgumentException.ThrowIfNullOrEmpty(displayType);
        var typed = IsSafeName(contentType);
        if (string.Equals(displayType, Detail, StringComparison.Ordinal))
        {
            return typed ? [$"Content-{contentType}", "Content"] : ["Content"];
        }

        return typed
            ? [$"Content-{contentType}.{displayType}", $"Content.{displayType}"]
            : [$"Content.{displayType}"];
    }

    /// <summary>Type names are identifiers; anything else (an odd imported type) uses the generic templates.</summary>
    private static bool IsSafeName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
