using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LpbCms.Core.Changes;

/// <summary>
/// Deletes change-feed rows older than <see cref="ChangeFeedOptions.RetentionDays"/> once per
/// <see cref="ChangeFeedOptions.PruneInterval"/>. The first run waits one interval, so start-up
/// (migrations, setup) is never raced. Every node may run it: deleting old rows twice is harmless.
/// Time comes from <see cref="TimeProvider"/> so tests can drive it.
/// </summary>
public sealed class ChangeFeedPruningService(
    IServiceScopeFactory scopes, IOptionsMonitor<ChangeFeedOptions> options, TimeProvider clock, ILogger<ChangeFeedPruningService> logger)
    : BackgroundService
{
    /// <summary>Prunes once; failures are logged, not thrown, so one bad run does not stop the host or later runs.</summary>
    public async Task<int> PruneOnceAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.CurrentValue.RetentionDays);
        try
        {
            // A hosted service is a singleton; the stores are scoped, so each run gets its own scope.
            await using var scope = scopes.CreateAsyncScope();
            var deleted = await scope.ServiceProvider.GetRequiredService<IChangeFeedPruner>().PruneAsync(cutoff, ct);
            logger.LogInformation("Change feed pruned: {Count} rows older than {Cutoff:o} deleted.", deleted, cutoff);
            return deleted;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Pruning the change feed failed; it is tried again after the next interval.");
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.CurrentValue.PruneInterval, clock, stoppingToken);
                await PruneOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
