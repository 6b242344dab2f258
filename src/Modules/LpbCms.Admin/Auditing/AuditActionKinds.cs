namespace LpbCms.Admin.Auditing;

/// <summary>The audit actions grouped by what they concern, in the order the audit trail page lists them.</summary>
public static class AuditActionKinds
{
    public static IReadOnlyList<AuditActionKind> All { get; } =
    [
        new("aanmelden", "Aanmelden en wachtwoorden",
        [
            AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignOut, AuditActions.PasswordResetRequested, AuditActions.PasswordReset,
        ]),
        new("inhoud", "Inhoud",
        [
            AuditActions.ContentCreated, AuditActions.ContentUpdated, AuditActions.ContentPublished, AuditActions.ContentUnpublished,
            AuditActions.ContentDeleted, AuditActions.ContentDraftDiscarded, AuditActions.ContentCloned, AuditActions.ContentRestored,
        ]),
        new("typen", "Inhoudstypen",
        [
            AuditActions.ContentTypeCreated, AuditActions.ContentTypeChanged, AuditActions.ContentTypePartAdded, AuditActions.ContentTypePartRemoved,
            AuditActions.ContentFieldAdded, AuditActions.ContentFieldChanged, AuditActions.ContentFieldRemoved,
        ]),
        new("media", "Media",
        [
            AuditActions.MediaUploaded, AuditActions.MediaDeleted, AuditActions.MediaFolderCreated, AuditActions.MediaFolderDeleted,
        ]),
        new("gebruikers", "Gebruikers en rollen",
        [
            AuditActions.UserCreated, AuditActions.UserUpdated, AuditActions.UserDisabled, AuditActions.UserEnabled, AuditActions.UserRolesChanged,
            AuditActions.RoleCreated, AuditActions.RoleUpdated, AuditActions.RolePermissionsChanged, AuditActions.RoleDeleted,
        ]),
        new("api-clients", "API-clients", [AuditActions.ApiClientCreated, AuditActions.ApiClientRevoked]),
        new("recepten", "Recepten en export", [AuditActions.RecipeRun, AuditActions.RecipeFailed, AuditActions.ExportDownloaded, AuditActions.BackupExported, AuditActions.BackupImported]),
    ];

    public static AuditActionKind? Find(string? key) =>
        All.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.Ordinal));
}
