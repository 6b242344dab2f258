using System.Globalization;
using LpbCms.Admin.Auditing;
using LpbCms.Admin.Editing;
using LpbCms.Core.Auditing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Audit;

/// <summary>
/// The audit trail, newest first, filtered by kind of action, action, user, item and a date range (Dutch calendar
/// days, inclusive). Requires ViewAuditTrail (see <see cref="AdminStartup"/>). Filters live in the
/// query string so a filtered view can be bookmarked.
/// </summary>
public sealed class IndexModel(IAuditStore store) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "soort")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "actie")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "gebruiker")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "item")]
    public string? ItemId { get; set; }

    [BindProperty(SupportsGet = true, Name = "van")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "tot")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int CurrentPage { get; set; } = 1;

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];

    public int TotalCount { get; private set; }

    public int PageCount => (TotalCount + PageSize - 1) / PageSize;

    public string? DateError { get; private set; }

    public string? KindError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CurrentPage = Math.Max(CurrentPage, 1);
        if (!ModelState.IsValid)
        {
            DateError = "Vul een geldige datum in (dag-maand-jaar).";
            return;
        }

        if (From is { } from && To is { } to && to < from)
        {
            DateError = "De einddatum ligt vóór de begindatum.";
            return;
        }

        var kind = AuditActionKinds.Find(Blank(Kind));
        if (Blank(Kind) is not null && kind is null)
        {
            KindError = "Kies een soort gebeurtenis uit de lijst.";
            return;
        }

        (Events, TotalCount) = await store.QueryAsync(
            new AuditQuery
            {
                Action = Blank(Action),
                Actions = kind?.Actions,
                UserName = Blank(UserName),
                ContentItemId = Blank(ItemId),
                FromUtc = From is { } start ? StartOfDayUtc(start) : null,
                ToUtc = To is { } end ? StartOfDayUtc(end.AddDays(1)) : null,
                Skip = (CurrentPage - 1) * PageSize,
                Take = PageSize,
            },
            ct);
    }

    public string PageUrl(int page) => "/admin/logboek" + QueryString.Create(new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["soort"] = Kind,
        ["actie"] = Action,
        ["gebruiker"] = UserName,
        ["item"] = ItemId,
        ["van"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["tot"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["pagina"] = page.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Midnight of a Dutch calendar day, in UTC (the store keeps UTC).</summary>
    private static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), SiteTime.Zone);
}
