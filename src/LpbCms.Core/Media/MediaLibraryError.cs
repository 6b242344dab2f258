namespace LpbCms.Core.Media;

/// <summary>Why the media library refused a request.</summary>
public enum MediaLibraryError
{
    /// <summary>The path or name is not allowed (traversal, reserved or unusable characters).</summary>
    InvalidPath,

    /// <summary>The file type is not on the allowed list, or the content does not match the extension.</summary>
    TypeNotAllowed,

    /// <summary>The upload is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>The upload is empty.</summary>
    Empty,

    /// <summary>A folder to delete still holds files or folders.</summary>
    FolderNotEmpty,

    /// <summary>A folder with that name already exists.</summary>
    AlreadyExists,

    /// <summary>The folder does not exist.</summary>
    NotFound,

    /// <summary>The disk holding the media is full; nothing of the file was kept.</summary>
    StorageFull,
}
