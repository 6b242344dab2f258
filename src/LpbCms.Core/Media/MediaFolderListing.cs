namespace LpbCms.Core.Media;

/// <summary>One folder's contents; <see cref="Folder"/> is empty for the root.</summary>
public sealed record MediaFolderListing(string Folder, IReadOnlyList<MediaEntry> Folders, IReadOnlyList<MediaEntry> Files);
