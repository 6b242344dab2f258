using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LpbCms.E2E.Tests;

/// <summary>
/// An editor in the admin, in the real host and Chromium: signs in, uploads an image, writes a Gift with
/// bold text and the picked image, previews, publishes, finds it on the site and in the content API,
/// edits it, compares versions and restores the first; an Author's attempt to publish is refused.
/// The login page, the content list and the editor pass axe without serious or critical violations;
/// screenshots are saved under TestResults/screenshots and attached to the result.
/// </summary>
public sealed partial class AdminJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string AdminPassword = "Lpb-E2E-Admin-1!";
    private const string AuthorPassword = "Lpb-E2E-Auteur-1!";
    private const string FirstTitle = "Cadeau uit de browser";
    private const string SecondTitle = "Cadeau uit de browser, herzien";
    private const string GiftPath = "/cadeaus/cadeau-uit-de-browser";

    /// <summary>A real 1×1 PNG, so the media library's content check and thumbnails accept it.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task Editor_WritesPublishesEditsAndRestoresGift_AuthorCannotPublish()
    {
        site.RequirePrerequisites();
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var refusals = CspViolations.Watch(page);

        await page.GotoAsync("/admin/login");
        await CheckAsync(page, "admin-1-login", problems);
        await SignInAsync(page, "admin", AdminPassword);

        await CreateAuthorAsync(page);
        await AddImageFieldToGiftAsync(page);
        await UploadImageAsync(page);

        await page.GotoAsync("/admin/inhoud");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Inhoud");
        await CheckAsync(page, "admin-2-inhoud", problems);

        await page.GotoAsync("/admin/inhoud/nieuw/Gift");
        await CheckAsync(page, "admin-3-editor", problems);
        var id = await WriteGiftAsync(page);
        await PreviewPublishAndFindAsync(context, page, id);
        await EditCompareAndRestoreAsync(page, id);

        await AuthorPublishIsRefusedAsync();

        Assert.True(refusals.Count == 0, "The Content-Security-Policy refused:\n" + string.Join('\n', refusals));
        Assert.True(problems.Count == 0, "axe found serious or critical violations:\n" + string.Join('\n', problems));
    }

    private static async Task<string> WriteGiftAsync(IPage page)
    {
        await page.Locator("input[name='c:TitlePart.Title']").FillAsync(FirstTitle);
        await page.GetByLabel("Auteurs").FillAsync("Carla Kolner en Ard Sprinkhuizen");
        var trix = page.Locator("trix-editor");
        await trix.ClickAsync();
        await trix.PressSequentiallyAsync("Een cadeau met ");
        var bold = page.Locator("trix-toolbar button[data-trix-attribute='bold']");
        await bold.ClickAsync();
        await Assertions.Expect(bold).ToHaveClassAsync(new Regex("trix-active", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await trix.PressSequentiallyAsync("vette tekst");
        await Assertions.Expect(trix.Locator("strong")).ToHaveTextAsync("vette tekst");
        await bold.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kies uit de bibliotheek (bestand 1)", Exact = true }).ClickAsync();
        await page.Locator(".media-choices").GetByRole(AriaRole.Button, new() { Name = "cadeau.png" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Bestand 1", new() { Exact = true })).ToHaveValueAsync("cadeau.png");
        await page.GetByLabel("Alternatieve tekst 1", new() { Exact = true }).FillAsync("Een rood vierkantje");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(EditUrl());
        await Screenshot(page, "admin-4-concept");
        return EditUrl().Match(page.Url).Groups["id"].Value;
    }

    private async Task PreviewPublishAndFindAsync(IBrowserContext context, IPage page, string id)
    {

        var preview = await context.RunAndWaitForPageAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Voorbeeld (nieuw venster)" }).ClickAsync());
        await Assertions.Expect(preview.Locator("h1")).ToHaveTextAsync(FirstTitle);
        await Assertions.Expect(preview.Locator("strong", new() { HasText = "vette tekst" })).ToBeVisibleAsync();
        await Screenshot(preview, "admin-5-voorbeeld");
        await preview.CloseAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceren", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Depubliceren", Exact = true })).ToBeVisibleAsync();

        var visitor = await context.NewPageAsync();
        await visitor.GotoAsync(GiftPath);
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync(FirstTitle);
        await Assertions.Expect(visitor.Locator("strong", new() { HasText = "vette tekst" })).ToBeVisibleAsync();
        await Screenshot(visitor, "admin-6-publiek");
        await visitor.CloseAsync();

        var json = await ApiJsonAsync(id);
        Assert.Contains(FirstTitle, json, StringComparison.Ordinal);
        Assert.Contains("<strong>vette tekst</strong>", json, StringComparison.Ordinal);
        Assert.Contains("cadeau.png", json, StringComparison.Ordinal);
    }

    private static async Task EditCompareAndRestoreAsync(IPage page, string id)
    {

        await page.Locator("input[name='c:TitlePart.Title']").FillAsync(SecondTitle);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("input[name='c:TitlePart.Title']")).ToHaveValueAsync(SecondTitle);

        await page.GetByRole(AriaRole.Link, new() { Name = "Geschiedenis", Exact = true }).ClickAsync();
        var options = page.Locator("#met option");
        await page.Locator("#van").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await page.Locator("#met").SelectOptionAsync(new SelectOptionValue { Index = await options.CountAsync() - 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijken", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("del", new() { HasText = FirstTitle }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("ins", new() { HasText = SecondTitle }).First).ToBeVisibleAsync();
        await Screenshot(page, "admin-7-geschiedenis");

        await page.GetByRole(AriaRole.Button, new() { Name = "Terugzetten als concept (versie 1)", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("teruggezet");
        await page.GotoAsync($"/admin/inhoud/{id}");
        await Assertions.Expect(page.Locator("input[name='c:TitlePart.Title']")).ToHaveValueAsync(FirstTitle);
    }

    private async Task AuthorPublishIsRefusedAsync()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await SignInAsync(page, "auteur-e2e", AuthorPassword);

        await page.GotoAsync("/admin/inhoud/nieuw/Gift");
        await page.Locator("input[name='c:TitlePart.Title']").FillAsync("Cadeau van de auteur");
        await page.GetByLabel("Auteurs").FillAsync("Lieke Herpers");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publiceren", Exact = true })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(EditUrl());
        var id = EditUrl().Match(page.Url).Groups["id"].Value;

        // The button is hidden, so post the publish action directly, as a crafted request would.
        var outcome = await page.EvaluateAsync<string>("""
            async (id) => {
              const token = document.querySelector('input[name="__RequestVerificationToken"]').value;
              const response = await fetch(`/admin/inhoud/${id}/actie/publiceren`, {
                method: 'POST', credentials: 'same-origin', body: new URLSearchParams({ __RequestVerificationToken: token })
              });
              return `${response.status} ${new URL(response.url).pathname}`;
            }
            """, id);

        Assert.Equal("403 /admin/geen-toegang", outcome);
        await page.GotoAsync("/admin/geen-toegang");
        await Screenshot(page, "admin-8-auteur-geweigerd");
        using var client = new HttpClient { BaseAddress = site.Server!.BaseAddress };
        using var api = await client.GetAsync(new Uri($"/api/content/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, api.StatusCode);
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GetByLabel("Gebruikersnaam of e-mailadres").FillAsync(userName);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin$", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    private static async Task CreateAuthorAsync(IPage page)
    {
        await page.GotoAsync("/admin/gebruikers/nieuw");
        await page.GetByLabel("Gebruikersnaam", new() { Exact = true }).FillAsync("auteur-e2e");
        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync("auteur-e2e@example.org");
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(AuthorPassword);
        await page.GetByLabel("Actief (kan zich aanmelden)").CheckAsync();
        await page.GetByLabel("Author", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker aanmaken", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("auteur-e2e").First).ToBeVisibleAsync();
    }

    /// <summary>The LPB recipe's Gift has no image field; an administrator adds one in the types editor, as the site owner would.</summary>
    private static async Task AddImageFieldToGiftAsync(IPage page)
    {
        await page.GotoAsync("/admin/typen/Gift");
        await page.GetByLabel("Naam van het veld").FillAsync("Afbeelding");
        await page.GetByLabel("Technische naam (verplicht)").FillAsync("Afbeelding");
        await page.GetByLabel("Soort veld").SelectOptionAsync("MediaField");
        await page.GetByRole(AriaRole.Button, new() { Name = "Veld toevoegen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Afbeelding").First).ToBeVisibleAsync();
    }

    private static async Task UploadImageAsync(IPage page)
    {
        await page.GotoAsync("/admin/media");
        await page.Locator("#Uploads").SetInputFilesAsync(new FilePayload { Name = "cadeau.png", MimeType = "image/png", Buffer = Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table).GetByText("cadeau.png").First).ToBeVisibleAsync();
    }

    private async Task<string> ApiJsonAsync(string id)
    {
        using var client = new HttpClient { BaseAddress = site.Server!.BaseAddress };
        using var response = await client.GetAsync(new Uri($"/api/content/{id}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        return json.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private Task<IBrowserContext> NewContextAsync() => site.Browser!.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = site.Server!.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        Locale = "nl-NL",
    });

    private async Task CheckAsync(IPage page, string name, List<string> problems)
    {
        var violations = await AxeChecker.SeriousViolationsAsync(page, site.AxeScript!);
        problems.AddRange(violations.Select(v => $"{page.Url}: {v}"));
        await Screenshot(page, name);
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        TestContext.Current.AddAttachment(name + ".png", png, "image/png");
    }

    [GeneratedRegex("/admin/inhoud/(?<id>[A-Za-z0-9]+)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EditUrl();
}
