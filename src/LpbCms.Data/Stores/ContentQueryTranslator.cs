using LpbCms.Core.Storage;
using LpbCms.Data.Entities;

// These methods build expression trees that EF translates to SQL; the culture-aware overloads the
// analyzers ask for cannot be translated, and SQL compares with the database's own rules anyway.
#pragma warning disable CA1304, CA1311, CA1862, CA1309, MA0011

namespace LpbCms.Data.Stores;

/// <summary>Turns a <see cref="ContentQuery"/> into an EF query; values always become SQL parameters.</summary>
internal static class ContentQueryTranslator
{
    public static IQueryable<ContentItemRecord> InScope(IQueryable<ContentItemRecord> rows, VersionScope scope) => scope switch
    {
        VersionScope.Published => rows.Where(r => r.Published),
        VersionScope.Latest => rows.Where(r => r.Latest),
        VersionScope.Draft => rows.Where(r => r.Latest && !r.Published),
        VersionScope.All => rows,
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown version scope."),
    };

    public static IQueryable<ContentItemRecord> Filter(IQueryable<ContentItemRecord> rows, IQueryable<ContentFieldIndexRecord> fields, ContentQuery query)
    {
        var result = InScope(rows, query.Scope);
        if (query.ContentTypes.Count > 0)
        {
            var types = query.ContentTypes.ToList();
            result = result.Where(r => types.Contains(r.ContentType));
        }

        if (query.ContentItemIds.Count > 0)
        {
            var ids = query.ContentItemIds.ToList();
            result = result.Where(r => ids.Contains(r.ContentItemId));
        }

        if (query.Path is not null)
        {
            var path = ContentItemRecordMapper.NormalizePath(query.Path);
            result = result.Where(r => r.Path == path);
        }

        if (query.Owner is not null)
        {
            var owner = query.Owner;
            result = result.Where(r => r.Owner == owner);
        }

        if (!string.IsNullOrWhiteSpace(query.DisplayTextContains))
        {
            var term = query.DisplayTextContains.Trim().ToLowerInvariant();
            result = result.Where(r => r.DisplayText != null && r.DisplayText.ToLower().Contains(term));
        }

        foreach (var filter in query.FieldFilters)
        {
            var matching = FieldFilterTranslator.Matching(fields, filter);
            result = result.Where(r => matching.Any(f => f.DocumentId == r.DocumentId));
        }

        if (query.Where is not null)
        {
            result = result.Where(ContentConditionTranslator.ToPredicate(query.Where, fields));
        }

        return result;
    }

    public static IOrderedQueryable<ContentItemRecord> Order(IQueryable<ContentItemRecord> rows, IQueryable<ContentFieldIndexRecord> fields, ContentOrder order, IReadOnlyList<ContentOrder>? thenBy = null)
    {
        var ordered = By(rows, fields, order, then: false);
        foreach (var next in thenBy ?? [])
        {
            ordered = By(ordered, fields, next, then: true);
        }

        // A stable tie-breaker, so paging never shows an item twice or skips one.
        return order.Descending ? ordered.ThenByDescending(r => r.DocumentId) : ordered.ThenBy(r => r.DocumentId);
    }

    private static IOrderedQueryable<ContentItemRecord> By(IQueryable<ContentItemRecord> rows, IQueryable<ContentFieldIndexRecord> fields, ContentOrder order, bool then) => order.Column switch
    {
        ContentOrderColumn.CreatedUtc => By(rows, r => r.CreatedUtc, order.Descending, then),
        ContentOrderColumn.ModifiedUtc => By(rows, r => r.ModifiedUtc, order.Descending, then),
        ContentOrderColumn.PublishedUtc => By(rows, r => r.PublishedUtc, order.Descending, then),
        ContentOrderColumn.DisplayText => By(rows, r => r.DisplayText, order.Descending, then),
        ContentOrderColumn.ContentType => By(rows, r => r.ContentType, order.Descending, then),
        ContentOrderColumn.Path => By(rows, r => r.Path, order.Descending, then),
        ContentOrderColumn.ContentItemId => By(rows, r => r.ContentItemId, order.Descending, then),
        ContentOrderColumn.ContentItemVersionId => By(rows, r => r.ContentItemVersionId, order.Descending, then),
        ContentOrderColumn.Published => By(rows, r => r.Published, order.Descending, then),
        ContentOrderColumn.Latest => By(rows, r => r.Latest, order.Descending, then),
        ContentOrderColumn.Owner => By(rows, r => r.Owner, order.Descending, then),
        ContentOrderColumn.Author => By(rows, r => r.Author, order.Descending, then),
        ContentOrderColumn.Field => ByField(rows, fields, order, then),
        _ => throw new ArgumentOutOfRangeException(nameof(order), order.Column, "Unknown order column."),
    };

    private static IOrderedQueryable<ContentItemRecord> By<TKey>(IQueryable<ContentItemRecord> rows, System.Linq.Expressions.Expression<Func<ContentItemRecord, TKey>> key, bool descending, bool then)
    {
        if (then)
        {
            var ordered = (IOrderedQueryable<ContentItemRecord>)rows;
            return descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
        }

        return descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
    }

    private static IOrderedQueryable<ContentItemRecord> ByField(IQueryable<ContentItemRecord> rows, IQueryable<ContentFieldIndexRecord> fields, ContentOrder order, bool then)
    {
        var field = order.Field ?? throw new ArgumentException("Ordering by a field needs the field.", nameof(order));
        var part = field.PartName;
        var name = field.FieldName;
        var values = fields.Where(f => f.PartName == part && f.FieldName == name);
        var byNumber = By(rows, r => values.Where(f => f.DocumentId == r.DocumentId).Min(f => f.NumberValue), order.Descending, then);
        var byDate = By(byNumber, r => values.Where(f => f.DocumentId == r.DocumentId).Min(f => f.DateValue), order.Descending, then: true);
        return By(byDate, r => values.Where(f => f.DocumentId == r.DocumentId).Min(f => f.TextValue), order.Descending, then: true);
    }
}
