using LpbCms.Core.Security;

namespace LpbCms.Admin.Security;

/// <summary>Dutch descriptions of the permissions, for the role editor; other modules' permissions fall back to their own description.</summary>
public static class PermissionLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EditContent"] = "Inhoud van anderen bewerken",
        ["EditOwnContent"] = "Eigen inhoud bewerken",
        ["PublishContent"] = "Inhoud van anderen publiceren en depubliceren",
        ["PublishOwnContent"] = "Eigen inhoud publiceren en depubliceren",
        ["DeleteContent"] = "Inhoud van anderen verwijderen",
        ["DeleteOwnContent"] = "Eigen inhoud verwijderen",
        ["ViewContent"] = "Alle inhoud bekijken",
        ["ViewOwnContent"] = "Eigen inhoud bekijken",
        ["PreviewContent"] = "Voorbeeld van inhoud bekijken",
        ["CloneContent"] = "Inhoud van anderen kopiëren",
        ["AccessContentApi"] = "De inhouds-API gebruiken",
        ["AccessAdminPanel"] = "Het beheer openen",
        ["ManageUsers"] = "Gebruikers beheren",
        ["ManageRoles"] = "Rollen en rechten beheren",
        ["ManageMedia"] = "Media beheren",
        ["ViewContentTypes"] = "Inhoudstypen bekijken",
        ["EditContentTypes"] = "Inhoudstypen bewerken",
        ["ManageRecipes"] = "Recepten uitvoeren",
        ["ExecuteGraphQL"] = "GraphQL-query's uitvoeren",
        ["ViewAuditTrail"] = "Het logboek bekijken",
    };

    public static string For(Permission permission)
    {
        ArgumentNullException.ThrowIfNull(permission);
        return Labels.GetValueOrDefault(permission.Name, permission.Description);
    }
}
