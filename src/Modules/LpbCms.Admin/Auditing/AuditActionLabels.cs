namespace LpbCms.Admin.Auditing;

/// <summary>Dutch labels for the audit trail's action names, for the audit trail page.</summary>
public static class AuditActionLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [AuditActions.SignIn] = "Aangemeld",
        [AuditActions.SignInFailed] = "Aanmelden mislukt",
        [AuditActions.SignOut] = "Afgemeld",
        [AuditActions.PasswordResetRequested] = "Wachtwoordherstel aangevraagd",
        [AuditActions.PasswordReset] = "Wachtwoord hersteld",
        [AuditActions.ContentCreated] = "Item aangemaakt",
        [AuditActions.ContentUpdated] = "Item gewijzigd",
        [AuditActions.ContentPublished] = "Item gepubliceerd",
        [AuditActions.ContentUnpublished] = "Item gedepubliceerd",
        [AuditActions.ContentDeleted] = "Item verwijderd",
        [AuditActions.ContentDraftDiscarded] = "Concept weggegooid",
        [AuditActions.ContentCloned] = "Item gekopieerd",
        [AuditActions.ContentRestored] = "Oude versie teruggezet",
        [AuditActions.RecipeRun] = "Recept uitgevoerd",
        [AuditActions.RecipeFailed] = "Recept mislukt",
        [AuditActions.UserCreated] = "Gebruiker aangemaakt",
        [AuditActions.UserUpdated] = "Gebruiker gewijzigd",
        [AuditActions.RoleCreated] = "Rol aangemaakt",
        [AuditActions.RoleUpdated] = "Rol gewijzigd",
        [AuditActions.RoleDeleted] = "Rol verwijderd",
        [AuditActions.ContentTypeChanged] = "Inhoudstype gewijzigd",
        [AuditActions.ApiClientCreated] = "API-client aangemaakt",
        [AuditActions.ApiClientRevoked] = "API-client ingetrokken",
        [AuditActions.ContentTypeCreated] = "Inhoudstype aangemaakt",
        [AuditActions.ContentTypePartAdded] = "Onderdeel aan inhoudstype toegevoegd",
        [AuditActions.ContentTypePartRemoved] = "Onderdeel van inhoudstype verwijderd",
        [AuditActions.ContentFieldAdded] = "Veld toegevoegd",
        [AuditActions.ContentFieldRemoved] = "Veld verwijderd",
        [AuditActions.ContentFieldChanged] = "Veld gewijzigd",
        [AuditActions.UserDisabled] = "Gebruiker uitgeschakeld",
        [AuditActions.UserEnabled] = "Gebruiker ingeschakeld",
        [AuditActions.UserRolesChanged] = "Rollen van gebruiker gewijzigd",
        [AuditActions.RolePermissionsChanged] = "Rechten van rol gewijzigd",
        [AuditActions.MediaUploaded] = "Mediabestand geüpload",
        [AuditActions.MediaDeleted] = "Mediabestand verwijderd",
        [AuditActions.MediaFolderCreated] = "Mediamap aangemaakt",
        [AuditActions.MediaFolderDeleted] = "Mediamap verwijderd",
        [AuditActions.ExportDownloaded] = "Export gedownload",
        [AuditActions.BackupExported] = "Back-up gedownload",
        [AuditActions.BackupImported] = "Back-up teruggezet",
    };

    /// <summary>The Dutch label; the action name itself for actions recorded by other modules.</summary>
    public static string For(string action) => Labels.GetValueOrDefault(action, action);
}
