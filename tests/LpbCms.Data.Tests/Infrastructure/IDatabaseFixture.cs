using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data.Tests.Infrastructure;

/// <summary>
/// A real database engine for the storage contract suites. Every call gives a fresh, migrated
/// database with logging, the data layer and the content engine registered, so no test depends
/// on another's data.
/// </summary>
public interface IDatabaseFixture
{
    string ProviderName { get; }

    /// <summary>Skips the calling test (with the reason) when this engine is not available here.</summary>
    Task<ServiceProvider> CreateServicesAsync(Action<IServiceCollection>? configure = null);
}
