using System.Net;
using LpbCms.Core.Setup;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests;

public sealed class SetupTests
{
    [Fact]
    public async Task Start_TwoHostsOnSameDataFolderConcurrently_SetupRunsOnce()
    {
        using var folder = new TestFolder();
        var counter = new SetupCounter();
        await using var first = LpbCmsFactory.Create(folder.Path, configureServices: counter.Install);
        await using var second = LpbCmsFactory.Create(folder.Path, configureServices: counter.Install);

        await Task.WhenAll(first.InitializeAsync().AsTask(), second.InitializeAsync().AsTask());

        Assert.Equal(1, counter.Count);
        Assert.Equal(HttpStatusCode.OK, await GetReadyStatusAsync(first));
        Assert.Equal(HttpStatusCode.OK, await GetReadyStatusAsync(second));
    }

    [Fact]
    public async Task Start_NoAdminPasswordConfigured_WritesOwnerOnlyPasswordFileThatSignsIn()
    {
        await using var sut = LpbCmsFactory.Create(settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LpbCms:Setup:AdminPassword"] = null,
        });

        await sut.InitializeAsync();

        var file = Path.Combine(sut.DataPath, "initial-admin-password");
        var password = (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).Trim();
        Assert.True(password.Length >= 20);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        await using var scope = sut.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Core.Security.LpbUser>>();
        var admin = await users.FindByNameAsync(LpbCmsFactory.AdminUserName);
        Assert.NotNull(admin);
        Assert.True(await users.CheckPasswordAsync(admin, password));
        var logs = string.Concat(Directory.GetFiles(Path.Combine(sut.DataPath, "logs")).Select(File.ReadAllText));
        Assert.Contains(file, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(password, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsSetUp_AfterStart_SettingsRecordRecipeAndAdmin()
    {
        await using var sut = LpbCmsFactory.Create();
        await sut.InitializeAsync();
        await using var scope = sut.Services.CreateAsyncScope();

        var settings = await scope.ServiceProvider.GetRequiredService<Core.Settings.ISiteService>().GetSiteSettingsAsync(TestContext.Current.CancellationToken);

        Assert.True(SetupState.IsCompleted(settings));
        Assert.Equal("lpb-site", (string?)settings["Setup"]?["Recipe"]);
        Assert.Equal(LpbCmsFactory.AdminUserName, (string?)settings["Setup"]?["AdminUserName"]);
        Assert.Equal("LPB", (string?)settings["SiteName"]);
    }

    private static async Task<HttpStatusCode> GetReadyStatusAsync(LpbCmsFactory factory)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
