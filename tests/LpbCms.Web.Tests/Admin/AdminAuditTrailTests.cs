using System.Net;
using LpbCms.Core.Auditing;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Admin;

/// <summary>The audit trail page: ViewAuditTrail only, filters by action, user, item and Dutch calendar days, paging.</summary>
public sealed class AdminAuditTrailTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    [Fact]
    public async Task AuditTrail_AdminFiltersByUserActionAndDay_ShowsOnlyMatchingEntries()
    {
        await AddAsync("logboek-filter", "ContentPublished", new DateTime(2021, 3, 10, 12, 0, 0, DateTimeKind.Utc), "item-a");
        await AddAsync("logboek-filter", "ContentPublished", new DateTime(2021, 3, 12, 12, 0, 0, DateTimeKind.Utc), "item-b");
        await AddAsync("logboek-filter", "ContentDeleted", new DateTime(2021, 3, 10, 13, 0, 0, DateTimeKind.Utc), "item-c");
        await AddAsync("iemand-anders", "ContentPublished", new DateTime(2021, 3, 10, 14, 0, 0, DateTimeKind.Utc), "item-d");
        using var sut = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        var html = await sut.GetHtmlAsync("/admin/logboek?actie=ContentPublished&gebruiker=logboek-filter&van=2021-03-10&tot=2021-03-10");

        Assert.Contains("1 gebeurtenis gevonden.", html, StringComparison.Ordinal);
        Assert.Contains("item-a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("item-b", html, StringComparison.Ordinal);
        Assert.DoesNotContain("item-c", html, StringComparison.Ordinal);
        Assert.DoesNotContain("item-d", html, StringComparison.Ordinal);
        Assert.Contains("Item gepubliceerd", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_FilterByItem_ShowsThatItemsEntries()
    {
        await AddAsync("logboek-item", "ContentUpdated", new DateTime(2021, 4, 1, 9, 0, 0, DateTimeKind.Utc), "item-gezocht");
        await AddAsync("logboek-item", "ContentUpdated", new DateTime(2021, 4, 1, 9, 5, 0, DateTimeKind.Utc), "item-niet-gezocht");
        using var sut = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        var html = await sut.GetHtmlAsync("/admin/logboek?item=item-gezocht");

        Assert.Contains("1 gebeurtenis gevonden.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/inhoud/item-gezocht/geschiedenis\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("item-niet-gezocht", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_MoreThanOnePage_PagesThroughNewestFirst()
    {
        for (var i = 0; i < 55; i++)
        {
            await AddAsync("logboek-pagina", "SignIn", new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i), $"pagina-item-{i:00}");
        }

        using var sut = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        var first = await sut.GetHtmlAsync("/admin/logboek?gebruiker=logboek-pagina");
        var second = await sut.GetHtmlAsync("/admin/logboek?gebruiker=logboek-pagina&pagina=2");

        Assert.Contains("55 gebeurtenissen gevonden.", first, StringComparison.Ordinal);
        Assert.Contains("pagina-item-54", first, StringComparison.Ordinal);
        Assert.DoesNotContain("pagina-item-04", first, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", second, StringComparison.Ordinal);
        Assert.Contains("pagina-item-04", second, StringComparison.Ordinal);
        Assert.Contains("pagina-item-00", second, StringComparison.Ordinal);
        Assert.DoesNotContain("pagina-item-05", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditTrail_EndBeforeStart_ShowsDutchMessage()
    {
        using var sut = await AdminBrowser.SignInAsync(factory, LpbCmsFactory.AdminUserName, LpbCmsFactory.AdminPassword);

        var html = await sut.GetHtmlAsync("/admin/logboek?van=2021-03-10&tot=2021-03-01");

        Assert.Contains("De einddatum ligt vóór de begindatum.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Editor")]
    [InlineData("Author")]
    public async Task AuditTrail_NonAdministrator_IsRefusedAndNotInMenu(string role)
    {
        var userName = "logboek-" + role.ToLowerInvariant();
        await AdminBrowser.EnsureUserAsync(factory, userName, role);
        using var sut = await AdminBrowser.SignInAsync(factory, userName, AdminBrowser.TestPassword);

        using var response = await sut.GetAsync("/admin/logboek");
        var dashboard = await sut.GetHtmlAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/geen-toegang", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/logboek\"", dashboard, StringComparison.Ordinal);
    }

    private async Task AddAsync(string userName, string action, DateTime occurredUtc, string itemId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditStore>().AddAsync(
            new AuditEvent { Action = action, OccurredUtc = occurredUtc, UserName = userName, ContentItemId = itemId, ContentType = "Page" },
            TestContext.Current.CancellationToken);
    }
}
