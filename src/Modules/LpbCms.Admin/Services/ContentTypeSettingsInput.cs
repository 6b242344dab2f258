namespace LpbCms.Admin.Services;

/// <summary>The type settings editors change on the type page (Orchard's ContentTypeSettings).</summary>
public sealed record ContentTypeSettingsInput(
    string? DisplayName,
    bool Creatable,
    bool Listable,
    bool Draftable,
    bool Versionable,
    bool Securable,
    string? Stereotype);
