namespace LpbCms.Admin.Auditing;

/// <summary>The audit trail's action names.</summary>
public static class AuditActions
{
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignOut = "SignOut";
    public const string PasswordResetRequested = "PasswordResetRequested";
    public const string PasswordReset = "PasswordReset";
    public const string ContentCreated = "ContentCreated";
    public const string ContentUpdated = "ContentUpdated";
    public const string ContentPublished = "ContentPublished";
    public const string ContentUnpublished = "ContentUnpublished";
    public const string ContentDeleted = "ContentDeleted";
    public const string ContentDraftDiscarded = "ContentDraftDiscarded";
    public const string ContentCloned = "ContentCloned";
    public const string ContentRestored = "ContentRestored";
    public const string RecipeRun = "RecipeRun";
    public const string RecipeFailed = "RecipeFailed";
    public const string UserCreated = "UserCreated";
    public const string UserUpdated = "UserUpdated";
    public const string RoleCreated = "RoleCreated";
    public const string RoleUpdated = "RoleUpdated";
    public const string RoleDeleted = "RoleDeleted";
    public const string ContentTypeChanged = "ContentTypeChanged";
    public const string ApiClientCreated = "ApiClientCreated";
    public const string ApiClientRevoked = "ApiClientRevoked";
    public const string ContentTypeCreated = "ContentTypeCreated";
    public const string ContentTypePartAdded = "ContentTypePartAdded";
    public const string ContentTypePartRemoved = "ContentTypePartRemoved";
    public const string ContentFieldAdded = "ContentFieldAdded";
    public const string ContentFieldRemoved = "ContentFieldRemoved";
    public const string ContentFieldChanged = "ContentFieldChanged";
    public const string UserDisabled = "UserDisabled";
    public const string UserEnabled = "UserEnabled";
    public const string UserRolesChanged = "UserRolesChanged";
    public const string RolePermissionsChanged = "RolePermissionsChanged";
    public const string MediaUploaded = "MediaUploaded";
    public const string MediaDeleted = "MediaDeleted";
    public const string MediaFolderCreated = "MediaFolderCreated";
    public const string MediaFolderDeleted = "MediaFolderDeleted";
    public const string ExportDownloaded = "ExportDownloaded";
    public const string BackupExported = "BackupExported";
    public const string BackupImported = "BackupImported";

    /// <summary>Every action, grouped by kind (see <see cref="AuditActionKinds"/>).</summary>
    public static IReadOnlyList<string> All { get; } = [.. AuditActionKinds.All.SelectMany(k => k.Actions)];
}
