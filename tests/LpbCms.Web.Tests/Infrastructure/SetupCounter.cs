using LpbCms.Core.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>Counts, across hosts, how many times <see cref="ISetupService.EnsureSetupAsync"/> actually performed setup.</summary>
public sealed class SetupCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Wraps the host's real <see cref="ISetupService"/> so every setup it performs is counted.</summary>
    public void Install(IServiceCollection services)
    {
        services.AddScoped<ISetupService>(sp => new CountingSetupService(sp.GetRequiredService<SetupService>(), this));
    }

    private void Increment() => Interlocked.Increment(ref _count);

    private sealed class CountingSetupService(ISetupService inner, SetupCounter counter) : ISetupService
    {
        public Task<bool> IsSetUpAsync(CancellationToken ct = default) => inner.IsSetUpAsync(ct);

        public async Task<bool> EnsureSetupAsync(CancellationToken ct = default)
        {
            var performed = await inner.EnsureSetupAsync(ct);
            if (performed)
            {
                counter.Increment();
            }

            return performed;
        }
    }
}
