using System.Globalization;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Settings;
using LpbCms.Display;
using LpbCms.Display.Routing;
using LpbCms.Display.Templates;
using LpbTheme.Rendering;
using LpbTheme.Services;
using LpbTheme.ViewModels;

namespace LpbTheme.Pages;

/// <summary>
/// Builds the main content of each page of the site from published content: the home page, the blog
/// index, the gift and congress overviews, routed items (with Orchard's alternates) and the 404 page.
/// </summary>
public sealed class SitePages(DisplayRenderer renderer, SiteContent content, ISiteService site, RoutedItemLookup lookup, IContentCatalog catalog)
{
    public const int PostsPerPage = 10;

    private const int DescriptionLength = 160;

    public async Task<LpbThemeSettings> SettingsAsync(CancellationToken ct = default) =>
        LpbThemeSettings.From(await site.GetSiteSettingsAsync(ct));

    /// <summary>The item chosen as home page (Orchard's HomeRoute) when one is set, else the theme's own home page.</summary>
    public async Task<SitePage> HomeAsync(LpbThemeSettings settings, DisplayContext context, CancellationToken ct = default)
    {
        if (await lookup.FindHomeAsync(ct) is { } home)
        {
            var page = await ItemPageAsync(home, context, ct);
            return page with { Meta = page.Meta with { CanonicalPath = "/" } };
        }

        var featured = await content.GetAsync(settings.FeaturedContentItemId, ct);
        var about = await content.GetAsync(settings.AboutContentItemId, ct);
        var posts = await content.BlogPostsAsync(0, 4, ct);
        var latest = posts.Items.Where(p => p.ContentItemId != featured?.ContentItemId).Take(3).ToList();
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Featured"] = featured,
            ["AboutIntro"] = about is null ? null : HtmlText.FirstParagraph(catalog.ReadHtmlBody(about)),
            ["AboutUrl"] = about is null ? null : ContentRoutes.GetUrl(about, catalog),
            ["LatestPosts"] = latest,
            ["Congresses"] = await content.CongressesAsync(ct),
        };
        var body = await renderer.RenderAsync(["Home"], DisplayModel.ForValues(values), context, ct);
        var description = about is null
            ? $"{settings.SiteName}: Landelijk Platform voor Buurt- en wijkgericht werken."
            : HtmlText.Excerpt(catalog.ReadHtmlBody(about), DescriptionLength);
        return new SitePage(new PageMeta("Landelijk Platform voor Buurt- en wijkgericht werken", description, "/"), body);
    }

    /// <summary>A page of the blog, newest first; null when the page number is past the end.</summary>
    public async Task<SitePage?> BlogIndexAsync(int page, DisplayContext context, CancellationToken ct = default)
    {
        if (page < 1)
        {
            return null;
        }

        var result = await content.BlogPostsAsync((page - 1) * PostsPerPage, PostsPerPage, ct);
        var pageCount = Math.Max(1, (result.TotalCount + PostsPerPage - 1) / PostsPerPage);
        if (page > pageCount)
        {
            return null;
        }

        var pager = new Pager(page, pageCount, page > 1 ? BlogPageUrl(page - 1) : null, page < pageCount ? BlogPageUrl(page + 1) : null);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Posts"] = result.Items, ["Pager"] = pager };
        var body = await renderer.RenderAsync(["BlogIndex"], DisplayModel.ForValues(values), context, ct);
        var title = page == 1 ? "Blog" : string.Create(CultureInfo.InvariantCulture, $"Blog, pagina {page}");
        return new SitePage(new PageMeta(title, "Berichten van het LPB, de nieuwste eerst.", BlogPageUrl(page), Section: PageComposer.BlogSection), body);
    }

    public async Task<SitePage> GiftsAsync(DisplayContext context, CancellationToken ct = default)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Gifts"] = await content.GiftsAsync(ct) };
        var body = await renderer.RenderAsync(["GiftsOverview"], DisplayModel.ForValues(values), context, ct);
        return new SitePage(
            new PageMeta("Cadeaus", "De cadeaus die netwerkpartners het LPB gaven bij het 25-jarig bestaan.", "/cadeaus", Section: PageComposer.GiftsSection),
            body);
    }

    public async Task<SitePage> CongressesAsync(DisplayContext context, CancellationToken ct = default)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Congresses"] = await content.CongressesAsync(ct) };
        var body = await renderer.RenderAsync(["CongressOverview"], DisplayModel.ForValues(values), context, ct);
        return new SitePage(
            new PageMeta("Congres", "Het LPB Congres: de edities per jaar, met gastgemeente, data en thema.", "/congres", Section: PageComposer.CongressSection),
            body);
    }

    /// <summary>The published item at <paramref name="path"/>, else the term page at that path, or null.</summary>
    public async Task<SitePage?> RoutedItemAsync(string? path, DisplayContext context, CancellationToken ct = default)
    {
        var normalized = ContentRoutes.Normalize(path);
        if (normalized.Length == 0)
        {
            return null;
        }

        return await lookup.FindAsync(normalized, ct) is { } item
            ? await ItemPageAsync(item, context, ct)
            : await TermPageAsync(normalized, context, ct);
    }

    /// <summary>
    /// A term's page (<c>/thema/preventie</c>): the published, routed taxonomy at the path's parent and
    /// its term at the full path, listing the published items tagged with it; null when there is none.
    /// </summary>
    public async Task<SitePage?> TermPageAsync(string path, DisplayContext context, CancellationToken ct = default)
    {
        var slash = path.LastIndexOf('/');
        if (slash <= 0 || await lookup.FindAsync(path[..slash], ct) is not { } taxonomy || !SiteTerms.IsTaxonomy(taxonomy, catalog))
        {
            return null;
        }

        var url = "/" + path;
        if (SiteTerms.Links(taxonomy, catalog).FirstOrDefault(t => string.Equals(t.Url, url, StringComparison.Ordinal)) is not { } term)
        {
            return null;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Taxonomy"] = taxonomy,
            ["Term"] = term,
            ["Items"] = await content.TaggedAsync(term.ContentItemId, ct),
        };
        var body = await renderer.RenderAsync(["TermPage"], DisplayModel.ForValues(values), context, ct);
        return new SitePage(new PageMeta($"Thema: {term.Title}", $"Berichten en cadeaus van het LPB over {term.Title}.", term.Url, Section: PageComposer.BlogSection), body);
    }

    public async Task<SitePage> NotFoundAsync(DisplayContext context, CancellationToken ct = default)
    {
        var body = await renderer.RenderAsync(["NotFound"], DisplayModel.ForValues(new Dictionary<string, object?>(StringComparer.Ordinal)), context, ct);
        return new SitePage(new PageMeta("Pagina niet gevonden", "Deze pagina bestaat niet (meer).", "/"), body);
    }

    public static string BlogPageUrl(int page) =>
        page == 1 ? "/blog" : string.Create(CultureInfo.InvariantCulture, $"/blog?pagina={page}");

    /// <summary>The page of any item, published or not (the caller decides who may see it: routes pass published items only).</summary>
    public async Task<SitePage> ItemPageAsync(ContentItem item, DisplayContext context, CancellationToken ct = default)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        string? section = null;
        var description = HtmlText.Excerpt(catalog.ReadHtmlBody(item), DescriptionLength);
        switch (item.ContentType)
        {
            case SiteContent.BlogPost:
                values["Gifts"] = await content.GiftsForArticleAsync(item.ContentItemId, ct);
                values["Themes"] = await content.ThemesOfAsync(item, catalog, ct);
                description = ContentJson.Text(item, "BlogPost", "Subtitle") ?? description;
                section = PageComposer.BlogSection;
                break;
            case SiteContent.Gift:
                values["Article"] = await content.GetAsync(ContentJson.FirstId(item, "Gift", "Article"), ct);
                values["Themes"] = await content.ThemesOfAsync(item, catalog, ct);
                description = GiftDescription(item);
                section = PageComposer.GiftsSection;
                break;
            case SiteContent.Congress:
                description = CongressDescription(item);
                section = PageComposer.CongressSection;
                break;
            default:
                if (SiteTerms.IsTaxonomy(item, catalog))
                {
                    values["Terms"] = SiteTerms.Links(item, catalog);
                }

                break;
        }

        var body = await renderer.RenderContentAsync(item, ContentAlternates.Detail, values, context, ct);
        var title = item.DisplayText ?? "Zonder titel";
        var meta = new PageMeta(title, description.Length > 0 ? description : title, ContentRoutes.GetUrl(item, catalog) ?? "/", item.ContentType == SiteContent.BlogPost ? "article" : "website", section)
        {
            PublishedUtc = item.ContentType == SiteContent.BlogPost ? item.PublishedUtc : null,
        };
        return new SitePage(meta, body);
    }

    private static string GiftDescription(ContentItem gift)
    {
        var authors = ContentJson.Text(gift, "Gift", "Authors");
        var organisation = ContentJson.Text(gift, "Gift", "Organisation");
        var by = authors is null ? "" : organisation is null ? $" van {authors}" : $" van {authors} ({organisation})";
        return $"{gift.DisplayText}: cadeau voor het LPB{by}.";
    }

    private static string CongressDescription(ContentItem congress)
    {
        var host = ContentJson.Text(congress, "Congress", "HostMunicipality");
        var theme = ContentJson.Text(congress, "Congress", "Theme");
        var text = host is null ? $"{congress.DisplayText}." : $"{congress.DisplayText} in {host}.";
        return theme is null ? text : $"{text} Thema: {theme}.";
    }
}
