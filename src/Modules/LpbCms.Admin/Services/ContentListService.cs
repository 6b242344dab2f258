using System.Security.Claims;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;

namespace LpbCms.Admin.Services;

/// <summary>
/// Queries the content list in the store (type, status, title search, order and paging run in
/// SQL) and adds, per row, whether a published version and a draft exist and which actions the
/// user may take.
/// </summary>
public sealed class ContentListService(IContentStore store, ContentActionAuthorizer actions)
{
    /// <summary>How many drafts the "published with pending draft" filter examines; it needs a per-item check the store cannot express.</summary>
    public const int PendingDraftScanLimit = 5000;

    public async Task<ContentListPage> QueryAsync(ClaimsPrincipal user, ContentListFilter filter, IReadOnlyList<string> listableTypes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var types = filter.ContentType is { Length: > 0 } type ? [type] : listableTypes;
        var page = Math.Max(filter.Page, 1);
        var query = new ContentQuery
        {
            Scope = filter.Status switch
            {
                ContentStatusFilter.Published => VersionScope.Published,
                ContentStatusFilter.Draft or ContentStatusFilter.PendingDraft => VersionScope.Draft,
                _ => VersionScope.Latest,
            },
            ContentTypes = types,
            DisplayTextContains = string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search.Trim(),
            OrderBy = filter.Sort switch
            {
                ContentListSort.ModifiedAscending => new ContentOrder(ContentOrderColumn.ModifiedUtc, Descending: false),
                ContentListSort.PublishedDescending => new ContentOrder(ContentOrderColumn.PublishedUtc, Descending: true),
                ContentListSort.PublishedAscending => new ContentOrder(ContentOrderColumn.PublishedUtc, Descending: false),
                ContentListSort.TitleAscending => new ContentOrder(ContentOrderColumn.DisplayText, Descending: false),
                _ => new ContentOrder(ContentOrderColumn.ModifiedUtc, Descending: true),
            },
            Skip = (page - 1) * filter.PageSize,
            Take = filter.PageSize,
        };

        IReadOnlyList<ContentItem> items;
        int total;
        if (filter.Status == ContentStatusFilter.PendingDraft)
        {
            (items, total) = await QueryPendingDraftsAsync(query, ct);
        }
        else
        {
            var result = await store.QueryAsync(query, ct);
            (items, total) = (result.Items, result.TotalCount);
        }

        return new ContentListPage(await ToRowsAsync(user, items, filter.Status, ct), total);
    }

    /// <summary>Drafts whose item also has a published version: the drafts are read in order and checked in batches.</summary>
    private async Task<(IReadOnlyList<ContentItem> Items, int Total)> QueryPendingDraftsAsync(ContentQuery query, CancellationToken ct)
    {
        var matches = new List<ContentItem>();
        const int batch = 500;
        for (var skip = 0; skip < PendingDraftScanLimit; skip += batch)
        {
            var drafts = await store.QueryAsync(query with { Skip = skip, Take = batch }, ct);
            if (drafts.Items.Count == 0)
            {
                break;
            }

            var published = (await store.GetManyAsync([.. drafts.Items.Select(i => i.ContentItemId)], VersionScope.Published, ct))
                .Select(i => i.ContentItemId).ToHashSet(StringComparer.Ordinal);
            matches.AddRange(drafts.Items.Where(i => published.Contains(i.ContentItemId)));
            if (drafts.Items.Count < batch)
            {
                break;
            }
        }

        return ([.. matches.Skip(query.Skip).Take(query.Take)], matches.Count);
    }

    private async Task<IReadOnlyList<ContentListRow>> ToRowsAsync(ClaimsPrincipal user, IReadOnlyList<ContentItem> items, ContentStatusFilter status, CancellationToken ct)
    {
        var ids = items.Select(i => i.ContentItemId).ToList();
        var published = ids.Count == 0 ? [] : (await store.GetManyAsync(ids, VersionScope.Published, ct)).Select(i => i.ContentItemId).ToHashSet(StringComparer.Ordinal);
        var drafts = ids.Count == 0 || status == ContentStatusFilter.Draft ? [] : (await store.GetManyAsync(ids, VersionScope.Draft, ct)).Select(i => i.ContentItemId).ToHashSet(StringComparer.Ordinal);
        var rows = new List<ContentListRow>(items.Count);
        foreach (var item in items)
        {
            var hasDraft = status is ContentStatusFilter.Draft or ContentStatusFilter.PendingDraft || drafts.Contains(item.ContentItemId);
            rows.Add(new ContentListRow(item, published.Contains(item.ContentItemId), hasDraft, await actions.GetActionsAsync(user, item, ct)));
        }

        return rows;
    }
}
