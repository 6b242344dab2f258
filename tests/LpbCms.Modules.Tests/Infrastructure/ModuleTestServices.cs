using LpbCms.Media;
using LpbCms.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace LpbCms.Modules.Tests.Infrastructure;

/// <summary>A migrated SQLite database with the recipe engine, the users module, the media module and the permissions of the modules the tests use (data path = the test folder).</summary>
internal static class ModuleTestServices
{
    public static Task<SqliteTestServices> CreateAsync() => SqliteTestServices.CreateAsync((services, folder) =>
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal) { [MediaOptions.DataPathKey] = folder })
            .Build();
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(folder));
        services.AddLpbRecipes();
        services.AddLpbUsers();
        services.AddLpbMedia(configuration);
        foreach (var provider in ModulePermissionProviders.All)
        {
            services.AddSingleton(provider);
        }
    });

    private sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "LpbCms.Modules.Tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
