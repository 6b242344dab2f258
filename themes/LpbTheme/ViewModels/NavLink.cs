namespace LpbTheme.ViewModels;

/// <summary>A link in the main or footer navigation; <see cref="IsCurrent"/> marks the page or section shown.</summary>
public sealed record NavLink(string Title, string Url, bool IsCurrent);
