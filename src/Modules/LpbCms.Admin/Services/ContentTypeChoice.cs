namespace LpbCms.Admin.Services;

/// <summary>A content type as the admin offers it: its technical name and the name editors see.</summary>
public sealed record ContentTypeChoice(string Name, string DisplayName);
