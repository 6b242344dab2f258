using LpbCms.Core.Settings;
using LpbCms.Core.Storage;
using LpbCms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data.Tests.Settings;

/// <summary>The "Site" document through the real document store.</summary>
public abstract class SiteServiceTests(IDatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetSiteSettingsAsync_NothingStored_ReturnsEmptyObject()
    {
        await using var services = await database.CreateServicesAsync();

        var settings = await InScopeAsync(services, sut => sut.GetSiteSettingsAsync(Ct));

        Assert.Empty(settings);
    }

    [Fact]
    public async Task UpdateAsync_TwoChanges_NewScopeReadsBoth()
    {
        await using var services = await database.CreateServicesAsync();
        await InScopeAsync(services, sut => sut.UpdateAsync(s => s["SiteName"] = "LPB", Ct));
        await InScopeAsync(services, sut => sut.UpdateAsync(s => s["HomeRoute"] = "/", Ct));

        var settings = await InScopeAsync(services, sut => sut.GetSiteSettingsAsync(Ct));

        Assert.Equal("""{"SiteName":"LPB","HomeRoute":"/"}""", settings.ToJsonString());
    }

    [Fact]
    public async Task GetSiteSettingsAsync_CallerChangesResult_StoredSettingsUnchanged()
    {
        await using var services = await database.CreateServicesAsync();
        await InScopeAsync(services, sut => sut.UpdateAsync(s => s["SiteName"] = "LPB", Ct));
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<ISiteService>();

        (await sut.GetSiteSettingsAsync(Ct))["SiteName"] = "Iets anders";

        Assert.Equal("LPB", (await sut.GetSiteSettingsAsync(Ct))["SiteName"]?.GetValue<string>());
    }

    [Fact]
    public async Task UpdateAsync_InsideRolledBackTransaction_ChangeIsNeverServed()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<ISiteService>();
        await using (var transaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync(Ct))
        {
            await sut.UpdateAsync(s => s["SiteName"] = "LPB", Ct);
            await transaction.RollbackAsync(Ct);
        }

        Assert.Empty(await sut.GetSiteSettingsAsync(Ct));
        Assert.Empty(await InScopeAsync(services, other => other.GetSiteSettingsAsync(Ct)));
    }

    private static async Task<T> InScopeAsync<T>(ServiceProvider services, Func<ISiteService, Task<T>> act)
    {
        await using var scope = services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<ISiteService>());
    }

    private static async Task InScopeAsync(ServiceProvider services, Func<ISiteService, Task> act)
    {
        await using var scope = services.CreateAsyncScope();
        await act(scope.ServiceProvider.GetRequiredService<ISiteService>());
    }
}
