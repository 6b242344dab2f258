using LpbCms.Core.Contents;
using LpbCms.Core.Storage;

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
