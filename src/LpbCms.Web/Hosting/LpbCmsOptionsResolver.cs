using System.Data.Common;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Hosting;

/// <summary>
/// Reads and validates the host settings once, before services are registered (the database
/// provider decides which services exist, so it cannot wait for the options system).
/// </summary>
public static class LpbCmsOptionsResolver
{
    public const string ConnectionStringName = "LpbCms";

    /// <exception cref="OptionsValidationException">A setting is missing or wrong; the messages name the keys.</exception>
    public static LpbCmsOptions Resolve(IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(LpbCmsOptions.SectionName);
        var failures = new List<string>();
        var dataPath = Path.GetFullPath(NonEmpty(section["DataPath"]) ?? "App_Data", contentRootPath);
        var provider = ParseProvider(section["Database:Provider"], failures);
        var options = new LpbCmsOptions
        {
            DataPath = dataPath,
            Database = new DatabaseOptions
            {
                Provider = provider,
                ConnectionString = ResolveConnectionString(configuration, provider, dataPath, failures),
            },
            Recipes = new RecipeFolderOptions
            {
                Folders = ResolveRecipeFolders(section.GetSection("Recipes:Folders"), contentRootPath, failures),
            },
        };

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(LpbCmsOptions.SectionName, typeof(LpbCmsOptions), failures);
        }

        return options;
    }

    private static DatabaseProvider ParseProvider(string? value, List<string> failures)
    {
        switch (NonEmpty(value)?.ToUpperInvariant())
        {
            case null or "SQLITE":
                return DatabaseProvider.Sqlite;
            case "POSTGRES" or "POSTGRESQL":
                return DatabaseProvider.Postgres;
            default:
                failures.Add($"LpbCms:Database:Provider '{value}' is not supported; use 'Sqlite' or 'Postgres'.");
                return DatabaseProvider.Sqlite;
        }
    }

    private static string ResolveConnectionString(IConfiguration configuration, DatabaseProvider provider, string dataPath, List<string> failures)
    {
        var configured = NonEmpty(configuration.GetConnectionString(ConnectionStringName));
        if (configured is not null)
        {
            return configured;
        }

        if (provider == DatabaseProvider.Postgres)
        {
            failures.Add($"ConnectionStrings:{ConnectionStringName} is required when LpbCms:Database:Provider is Postgres " +
                "(e.g. environment variable ConnectionStrings__LpbCms=\"Host=localhost;Database=lpbcms;Username=lpbcms;Password=...\").");
            return "";
        }

        var builder = new DbConnectionStringBuilder { ["Data Source"] = Path.Combine(dataPath, "lpbcms.db") };
        return builder.ConnectionString;
    }

    private static List<string> ResolveRecipeFolders(IConfigurationSection section, string contentRootPath, List<string> failures)
    {
        var folders = new List<string>();
        foreach (var child in section.GetChildren())
        {
            if (NonEmpty(child.Value) is not { } configured)
            {
                continue;
            }

            var folder = Path.GetFullPath(configured, contentRootPath);
            if (Directory.Exists(folder))
            {
                folders.Add(folder);
            }
            else
            {
                failures.Add($"LpbCms:Recipes:Folders:{child.Key}: the folder '{folder}' does not exist.");
            }
        }

        // The repository's recipes/ folder when run from src/LpbCms.Web, else the copy the build puts beside the application.
        string[] defaults =
        [
            Path.GetFullPath(Path.Combine(contentRootPath, "..", "..", "recipes")),
            Path.Combine(contentRootPath, "recipes"),
            Path.Combine(AppContext.BaseDirectory, "recipes"),
        ];
        if (defaults.FirstOrDefault(Directory.Exists) is { } found && !folders.Contains(found, StringComparer.Ordinal))
        {
            folders.Add(found);
        }

        if (folders.Count == 0)
        {
            failures.Add("No recipe folder found: set LpbCms:Recipes:Folders (the folders holding *.recipe.json files).");
        }

        return folders;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
