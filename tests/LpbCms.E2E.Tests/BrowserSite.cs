using Microsoft.Playwright;

namespace LpbCms.E2E.Tests;

/// <summary>
/// One site server and one headless Chromium for a test class. When Chromium or axe-core is missing the
/// tests skip with the reason, except in CI (<c>CI=true</c>), where that is a failure.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;

    public SiteServer? Server { get; private set; }

    public IBrowser? Browser { get; private set; }

    public string? AxeScript { get; private set; }

    /// <summary>Why the tests cannot run here, or null when they can.</summary>
    public string? MissingPrerequisite { get; private set; }

    public static bool RunsInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("LPBCMS_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;
        var axe = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");
        if (!File.Exists(chromium))
        {
            MissingPrerequisite = $"Chromium was not found at {chromium} (install Debian's 'chromium' package or set LPBCMS_TEST_CHROMIUM).";
            return;
        }

        if (!File.Exists(axe))
        {
            MissingPrerequisite = $"axe-core was not found at {axe} (the build runs 'npm ci' in tests/LpbCms.E2E.Tests; is npm installed?).";
            return;
        }

        AxeScript = await File.ReadAllTextAsync(axe, TestContext.Current.CancellationToken);
        Server = await SiteServer.StartAsync(TestContext.Current.CancellationToken);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    /// <summary>Skips the calling test (or fails it in CI) when a prerequisite is missing.</summary>
    public void RequirePrerequisites()
    {
        if (MissingPrerequisite is null)
        {
            return;
        }

        if (RunsInCi)
        {
            Assert.Fail($"End-to-end tests cannot run in CI: {MissingPrerequisite}");
        }

        Assert.Skip(MissingPrerequisite);
    }
}
