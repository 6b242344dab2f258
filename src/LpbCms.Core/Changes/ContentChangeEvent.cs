namespace LpbCms.Core.Changes;

/// <summary>
/// What a change-feed row says happened. Stored by name, so values may be added but never renamed.
/// Which operation appends which events is described on <see cref="Contents.IContentManager"/>'s
/// implementation (<c>ContentManager.Changes.cs</c>).
/// </summary>
public enum ContentChangeEvent
{
    /// <summary>A new item was stored (its first version; a published one is followed by <see cref="Published"/>).</summary>
    Created,

    /// <summary>A version that is not published was stored (an edit, a restored old version, an imported draft).</summary>
    DraftSaved,

    /// <summary>A version became the published one, or the published version's content changed in place.</summary>
    Published,

    /// <summary>The published version was taken offline; the item has no published version now.</summary>
    Unpublished,

    /// <summary>The draft was dropped; the published version is the latest again.</summary>
    DraftDiscarded,

    /// <summary>The item was removed (soft delete: no version is latest or published any more).</summary>
    Deleted,

    /// <summary>The content definitions (types, parts, fields, their settings) changed.</summary>
    DefinitionChanged,

    /// <summary>The site settings changed.</summary>
    SettingsChanged,
}
