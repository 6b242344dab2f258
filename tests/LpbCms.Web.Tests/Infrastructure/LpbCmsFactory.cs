using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>
/// The real host (all modules, SQLite, setup recipe) on a fresh data folder of its own, so each
/// test class that uses it as a class fixture gets its own database. Started in
/// <see cref="InitializeAsync"/>, so a test sees a site that is migrated and set up.
/// </summary>
public sealed class LpbCmsFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminUserName = "admin";

    public const string AdminPassword = "Lpb-Test-Admin-1!";

    private readonly TestFolder? _ownedFolder;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;

    public LpbCmsFactory()
        : this(null, new Dictionary<string, string?>(StringComparer.Ordinal), null)
    {
    }

    private LpbCmsFactory(string? dataPath, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices)
    {
        if (dataPath is null)
        {
            _ownedFolder = new TestFolder();
            dataPath = _ownedFolder.Path;
        }

        DataPath = dataPath;
        _settings = settings;
        _configureServices = configureServices;
    }

    public string DataPath { get; }

    /// <summary>
    /// A factory for a given data folder (kept on dispose; null for a fresh one), extra settings
    /// (a null value removes a default, e.g. the admin password) and service replacements.
    /// </summary>
    public static LpbCmsFactory Create(
        string? dataPath = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null) =>
        new(dataPath, settings ?? new Dictionary<string, string?>(StringComparer.Ordinal), configureServices);

    public async ValueTask InitializeAsync()
    {
        // Server starts the host: migration and setup run before it returns.
        await Task.Run(() => Server, TestContext.Current.CancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _ownedFolder?.Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LpbCms:DataPath"] = DataPath,
            ["LpbCms:Setup:AdminUserName"] = AdminUserName,
            ["LpbCms:Setup:AdminPassword"] = AdminPassword,

            // Test classes sign in and fetch tokens far more often than people do; the sign-in
            // limit tests remove these two (null) to run with the defaults.
            ["LpbCms:SignInLimits:PermitsPerAddress"] = "100000",
            ["LpbCms:SignInLimits:PermitsPerName"] = "100000",
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings.Where(s => s.Value is not null))
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Development");
        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }
}
