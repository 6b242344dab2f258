namespace LpbTheme.ViewModels;

/// <summary>A taxonomy term as a link to its page (<c>/thema/wijkgericht-werken</c>).</summary>
public sealed record TermLink(string ContentItemId, string Title, string Url);
