using LpbCms.Admin.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LpbCms.Admin.Pages.Admin.Content;

/// <summary>The content list: filters in the query string, so a filtered list can be bookmarked and shared.</summary>
public sealed class IndexModel(ContentTypeCatalog types, ContentListService list) : PageModel
{
    public const int PageSize = 20;

    public static IReadOnlyList<(string Value, string Label)> StatusOptions { get; } =
    [
        ("", "Alle"), ("gepubliceerd", "Gepubliceerd"), ("concept", "Concept (niet gepubliceerd of gewijzigd)"), ("wijzigingen", "Gepubliceerd met wijzigingen in concept"),
    ];

    public static IReadOnlyList<(string Value, string Label)> SortOptions { get; } =
    [
        ("", "Laatst gewijzigd"), ("gewijzigd-oud", "Eerst gewijzigd"), ("gepubliceerd", "Laatst gepubliceerd"), ("gepubliceerd-oud", "Eerst gepubliceerd"), ("titel", "Titel (A-Z)"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int CurrentPage { get; set; } = 1;

    public IReadOnlyList<ContentTypeChoice> ListableTypes { get; private set; } = [];

    public IReadOnlyList<ContentTypeChoice> CreatableTypes { get; private set; } = [];

    public ContentListPage Result { get; private set; } = new([], 0);

    public int PageCount => (Result.TotalCount + PageSize - 1) / PageSize;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ListableTypes = await types.GetListableAsync(ct);
        CreatableTypes = await types.GetCreatableAsync(User, ct);
        CurrentPage = Math.Max(CurrentPage, 1);
        var type = ListableTypes.Any(t => t.Name == Type) ? Type : null;
        var status = Status switch
        {
            "gepubliceerd" => ContentStatusFilter.Published,
            "concept" => ContentStatusFilter.Draft,
            "wijzigingen" => ContentStatusFilter.PendingDraft,
            _ => ContentStatusFilter.All,
        };
        var sort = Sort switch
        {
            "gewijzigd-oud" => ContentListSort.ModifiedAscending,
            "gepubliceerd" => ContentListSort.PublishedDescending,
            "gepubliceerd-oud" => ContentListSort.PublishedAscending,
            "titel" => ContentListSort.TitleAscending,
            _ => ContentListSort.ModifiedDescending,
        };
        Result = await list.QueryAsync(User, new ContentListFilter(type, status, Q, sort, CurrentPage, PageSize), [.. ListableTypes.Select(t => t.Name)], ct);
    }

    public string TypeName(string type) => ListableTypes.FirstOrDefault(t => t.Name == type)?.DisplayName ?? type;

    public string PageUrl(int page) => "/admin/inhoud" + QueryString.Create(new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["type"] = Type,
        ["status"] = Status,
        ["q"] = Q,
        ["sort"] = Sort,
        ["pagina"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
