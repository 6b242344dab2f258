using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Storage;
using LpbTheme.ViewModels;

namespace LpbTheme.Services;

/// <summary>The published content the site's pages list; every read is of published versions only.</summary>
public sealed class SiteContent(IContentStore store)
{
    public const string BlogPost = "BlogPost";
    public const string Gift = "Gift";
    public const string Congress = "Congress";
    public const string Page = "Page";

    private static readonly ContentFieldRef GiftArticle = new(Gift, "Article");
    private static readonly ContentFieldRef GiftPosition = new(Gift, "Position");
    private static readonly ContentFieldRef CongressYear = new(Congress, "Year");

    /// <summary>The field (a TaxonomyField on the "Thema" taxonomy) that tags blog posts and gifts with themes.</summary>
    private const string ThemeField = "Themas";

    private static readonly ContentFieldRef[] ThemeFields = [new(BlogPost, ThemeField), new(Gift, ThemeField)];

    /// <summary>Enough for every list on this site; larger lists would need paging.</summary>
    private const int ListLimit = 500;

    public Task<ContentItem?> GetAsync(string? contentItemId, CancellationToken ct = default) =>
        string.IsNullOrEmpty(contentItemId) ? Task.FromResult<ContentItem?>(null) : store.GetAsync(contentItemId, VersionScope.Published, ct);

    /// <summary>Blog posts, newest first.</summary>
    public Task<ContentQueryResult> BlogPostsAsync(int skip, int take, CancellationToken ct = default) =>
        store.QueryAsync(
            new ContentQuery
            {
                ContentTypes = [BlogPost],
                OrderBy = new ContentOrder(ContentOrderColumn.PublishedUtc, Descending: true),
                Skip = skip,
                Take = take,
            },
            ct);

    /// <summary>The gifts given with an article, in their list order.</summary>
    public async Task<IReadOnlyList<ContentItem>> GiftsForArticleAsync(string articleId, CancellationToken ct = default) =>
        (await store.QueryAsync(
            new ContentQuery
            {
                ContentTypes = [Gift],
                FieldFilters = [new ContentFieldFilter(GiftArticle, FilterOperator.Equal, new ContentFieldValue(Text: articleId))],
                OrderBy = new ContentOrder(ContentOrderColumn.Field, Descending: false, GiftPosition),
                Take = ListLimit,
            },
            ct)).Items;

    public async Task<IReadOnlyList<ContentItem>> GiftsAsync(CancellationToken ct = default) =>
        (await store.QueryAsync(
            new ContentQuery
            {
                ContentTypes = [Gift],
                OrderBy = new ContentOrder(ContentOrderColumn.Field, Descending: false, GiftPosition),
                Take = ListLimit,
            },
            ct)).Items;

    /// <summary>Congress editions, the latest year first.</summary>
    public async Task<IReadOnlyList<ContentItem>> CongressesAsync(CancellationToken ct = default) =>
        (await store.QueryAsync(
            new ContentQuery
            {
                ContentTypes = [Congress],
                OrderBy = new ContentOrder(ContentOrderColumn.Field, Descending: true, CongressYear),
                Take = ListLimit,
            },
            ct)).Items;

    /// <summary>The blog posts and gifts tagged with a term, newest first.</summary>
    public async Task<IReadOnlyList<ContentItem>> TaggedAsync(string termId, CancellationToken ct = default)
    {
        var items = new List<ContentItem>();
        foreach (var field in ThemeFields)
        {
            var query = new ContentQuery
            {
                ContentTypes = [field.PartName],
                FieldFilters = [new ContentFieldFilter(field, FilterOperator.Equal, new ContentFieldValue(Text: termId))],
                OrderBy = new ContentOrder(ContentOrderColumn.PublishedUtc, Descending: true),
                Take = ListLimit,
            };
            items.AddRange((await store.QueryAsync(query, ct)).Items);
        }

        return [.. items.OrderByDescending(i => i.PublishedUtc)];
    }

    /// <summary>The themes an item is tagged with, as links in the field's order; terms the taxonomy no longer has are left out.</summary>
    public async Task<IReadOnlyList<TermLink>> ThemesOfAsync(ContentItem item, IContentCatalog catalog, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var ids = ContentJson.Strings(item, item.ContentType, ThemeField, "TermContentItemIds");
        if (ids.Count == 0 || await GetAsync(ContentJson.Text(item, item.ContentType, ThemeField, "TaxonomyContentItemId"), ct) is not { } taxonomy)
        {
            return [];
        }

        var links = SiteTerms.Links(taxonomy, catalog).ToDictionary(l => l.ContentItemId, StringComparer.Ordinal);
        return [.. ids.Select(id => links.GetValueOrDefault(id)).OfType<TermLink>()];
    }

    public async Task<IReadOnlyList<ContentItem>> PagesAsync(CancellationToken ct = default) =>
        (await store.QueryAsync(
            new ContentQuery
            {
                ContentTypes = [Page],
                OrderBy = new ContentOrder(ContentOrderColumn.DisplayText, Descending: false),
                Take = ListLimit,
            },
            ct)).Items;

    /// <summary>Every published item, page by page (for the sitemap).</summary>
    public async IAsyncEnumerable<ContentItem> AllPublishedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        const int PageSize = 200;
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await store.QueryAsync(
                new ContentQuery { OrderBy = new ContentOrder(ContentOrderColumn.Path, Descending: false), Skip = skip, Take = PageSize },
                ct);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (page.Items.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
