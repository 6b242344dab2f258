using LpbCms.Core.Deployment;

namespace LpbCms.Admin.Services;

/// <summary>Dutch explanations of why a backup was refused; the technical detail stays in the log.</summary>
public static class BackupRefusalText
{
    public static string For(DeploymentRefusal reason) => reason switch
    {
        DeploymentRefusal.UnsafePath => "Het pakket bevat een bestand met een pad buiten de pakketmap. Zo'n pakket wordt om veiligheidsredenen geweigerd.",
        DeploymentRefusal.TooLarge => "Het pakket is uitgepakt te groot of bevat te veel bestanden (zie LpbCms:Backup in de configuratie).",
        DeploymentRefusal.UnknownFormat => "Het pakket heeft een onbekende formaatversie of geen Package.json; het is niet met deze versie van LpbCms gemaakt.",
        DeploymentRefusal.ContentMismatch => "Een mediabestand in het pakket past niet bij zijn extensie (de inhoud is bijvoorbeeld geen afbeelding).",
        DeploymentRefusal.SiteNotEmpty => "Deze site bevat al inhoud. Een back-up wordt alleen teruggezet op een lege site (een nieuwe datamap of database).",
        _ => "Het bestand is geen geldig back-uppakket (een zip-bestand met Recipe.json en Package.json).",
    };
}
