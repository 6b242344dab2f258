using System.Data.Common;
using LpbCms.Core.Recipes;
using LpbCms.Core.Setup;
using LpbCms.Core.Storage;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Hosting;

/// <summary>
/// What must happen before the server accepts requests: migrate the database, then run first-run
/// setup. A failure is logged as one clear line (no stack trace for the errors we expect) and
/// reported as false, so the process exits with a non-zero code.
/// </summary>
public sealed class StartupSequence(
    IServiceScopeFactory scopeFactory,
    IOptions<LpbCmsOptions> options,
    ModuleCatalog modules,
    ILogger<StartupSequence> logger)
{
    public async Task<bool> RunAsync(CancellationToken ct = default) =>
        await MigrateAsync(ct) && await SetUpAsync(ct);

    public async Task<bool> MigrateAsync(CancellationToken ct = default)
    {
        var database = DatabaseDescription.Describe(options.Value.Database);
        logger.LogInformation(
            "LpbCms starting: data folder {DataPath}, database {Database}, modules {Modules}.",
            options.Value.DataPath,
            database,
            string.Join(", ", modules.Modules.Select(m => m.Name)));
        try
        {
            Directory.CreateDirectory(options.Value.DataPath);
            await using var scope = scopeFactory.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IDatabaseMigrator>().MigrateAsync(ct);
            return true;
        }
        catch (DatabaseUnavailableException ex)
        {
            logger.LogCritical("Database {Database} cannot be opened: {Reason}", database, ReasonOf(ex));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DbException)
        {
            // A driver or file error the provider did not translate: still one line, it names the cause.
            logger.LogCritical("Database {Database} cannot be opened: {Reason}", database, ex.Message);
        }

        return false;
    }

    public async Task<bool> SetUpAsync(CancellationToken ct = default)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISetupService>().EnsureSetupAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is RecipeException or SetupException or OptionsValidationException or TimeoutException)
        {
            logger.LogCritical("Setup failed, nothing of it was stored: {Reason}", ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unexpected: the stack trace helps whoever has to fix it.
            logger.LogCritical(ex, "Setup failed, nothing of it was stored: {Reason}", ex.Message);
        }

        return false;
    }

    /// <summary>The provider's explanation without its own "The database X cannot be used:" lead-in, which would repeat the name.</summary>
    private static string ReasonOf(DatabaseUnavailableException ex)
    {
        const string LeadIn = " cannot be used: ";
        var index = ex.Message.IndexOf(LeadIn, StringComparison.Ordinal);
        return index < 0 ? ex.Message : ex.Message[(index + LeadIn.Length)..];
    }
}
