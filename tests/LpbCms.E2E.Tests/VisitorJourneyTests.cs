using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LpbCms.E2E.Tests;

/// <summary>
/// A visitor on a phone (375 px) and on a desktop (1280 px): home page, the anniversary article, one of
/// its gifts and back, the page of the article's theme, then the congress overview. Every page passes axe without serious or critical
/// violations; a screenshot of each is saved under TestResults/screenshots and attached to the result.
/// </summary>
public sealed class VisitorJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string ArticleTitle = "25 jaar LPB: Van wijkgericht werken naar werken in wijken";
    private const string ArticlePath = "/blog/25-jaar-lpb-van-wijkgericht-werken-naar-werken-in-wijken";
    private const string GiftTitle = "Van geen wijken weten";

    [Theory]
    [InlineData(375, 812)]
    [InlineData(1280, 900)]
    public async Task Visitor_FollowsArticleGiftAndCongress_PagesPassAxe(int width, int height)
    {
        site.RequirePrerequisites();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Server!.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var refusals = CspViolations.Watch(page);

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Landelijk Platform voor Buurt- en wijkgericht werken");
        await CheckAsync(page, width, "1-home", problems);

        await page.GetByRole(AriaRole.Link, new() { Name = ArticleTitle }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(ArticlePath) + "$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(ArticleTitle);
        await Assertions.Expect(page.GetByText("9 juli 2019").First).ToBeVisibleAsync();
        await CheckAsync(page, width, "2-artikel", problems);

        await page.Locator(".prose").GetByRole(AriaRole.Link, new() { Name = GiftTitle }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(GiftTitle);
        await Assertions.Expect(page.GetByText("Carla Kolner en Ard Sprinkhuizen")).ToBeVisibleAsync();
        await CheckAsync(page, width, "3-cadeau", problems);

        await page.GetByRole(AriaRole.Link, new() { Name = $"Terug naar het artikel ‘{ArticleTitle}’" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(ArticleTitle);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Thema's" }).GetByRole(AriaRole.Link, new() { Name = "wijkgericht werken" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/thema/wijkgericht-werken$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("wijkgericht werken");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = ArticleTitle })).ToBeVisibleAsync();
        await CheckAsync(page, width, "4-thema", problems);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Congres" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Het LPB Congres");
        await Assertions.Expect(page.GetByText("19 tot en met 21 november 2014")).ToBeVisibleAsync();
        await CheckAsync(page, width, "5-congres", problems);

        Assert.True(refusals.Count == 0, "The Content-Security-Policy refused:\n" + string.Join('\n', refusals));
        Assert.True(problems.Count == 0, "axe found serious or critical violations:\n" + string.Join('\n', problems));
    }

    [Fact]
    public async Task Visitor_PressesTab_SkipLinkIsFirstAndVisible()
    {
        site.RequirePrerequisites();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Server!.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/congres");

        await page.Keyboard.PressAsync("Tab");

        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Direct naar de inhoud" });
        await Assertions.Expect(skipLink).ToBeFocusedAsync();
        await Assertions.Expect(skipLink).ToBeInViewportAsync();
    }

    [Fact]
    public async Task ApiConsumer_OpensDocsUi_RendersOperationsWithoutPolicyRefusals()
    {
        site.RequirePrerequisites();
        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.Server!.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var refusals = CspViolations.Watch(page);

        await page.GotoAsync("/api/docs/");

        var documentation = page.GetByRole(AriaRole.Main, new() { Name = "API documentation for LpbCms API" });
        await Assertions.Expect(documentation.GetByRole(AriaRole.Heading, new() { Name = "LpbCms API", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var sidebar = page.GetByRole(AriaRole.Complementary, new() { Name = "Sidebar for LpbCms API" });
        await Assertions.Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = "Content", Exact = true })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(refusals.Count == 0, "The Content-Security-Policy refused:\n" + string.Join('\n', refusals));
    }

    private async Task CheckAsync(IPage page, int width, string name, List<string> problems)
    {
        var violations = await AxeChecker.SeriousViolationsAsync(page, site.AxeScript!);
        problems.AddRange(violations.Select(v => $"{page.Url} ({width}px): {v}"));

        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}-{width}.png");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        TestContext.Current.AddAttachment($"{name}-{width}.png", png, "image/png");
    }
}
