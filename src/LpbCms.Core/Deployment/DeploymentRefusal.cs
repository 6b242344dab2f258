namespace LpbCms.Core.Deployment;

/// <summary>Why a package was refused, so a user interface can say it in its own language.</summary>
public enum DeploymentRefusal
{
    /// <summary>Not a zip, no Recipe.json, a damaged entry.</summary>
    Invalid,

    /// <summary>An entry path leads outside the package folder.</summary>
    UnsafePath,

    /// <summary>Too many entries or too many bytes once unpacked.</summary>
    TooLarge,

    /// <summary>No manifest or a format version this version does not read.</summary>
    UnknownFormat,

    /// <summary>A media file whose content does not match its extension.</summary>
    ContentMismatch,

    /// <summary>The site already has content.</summary>
    SiteNotEmpty,
}
