namespace LpbCms.Core.Contents.Metadata;

/// <summary>Orchard's <c>ContentTypeSettings</c>, stored under that name in a type's <c>Settings</c>.</summary>
public sealed record ContentTypeSettings
{
    /// <summary>Editors may create items of this type from the admin.</summary>
    public bool Creatable { get; init; }

    /// <summary>The type shows in the admin's content lists.</summary>
    public bool Listable { get; init; }

    /// <summary>Changes can be saved as a draft beside the published version.</summary>
    public bool Draftable { get; init; }

    /// <summary>Old versions are kept as history; otherwise an item keeps only its published and draft rows.</summary>
    public bool Versionable { get; init; }

    /// <summary>Permissions can be granted per type.</summary>
    public bool Securable { get; init; }

    /// <summary>A marker such as <c>Widget</c> or <c>MenuItem</c>; null for ordinary content.</summary>
    public string? Stereotype { get; init; }
}
