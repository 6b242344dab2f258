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

        return result;
    }

    public static IOrderedQueryable<ContentItemRecord> Order(IQueryable<ContentItemRecord> rows, IQueryable<ContentFieldIndexRecord> fields, ContentOrder order)
    {
        IOrderedQueryable<ContentItemRecord> ordered = order.Column switch
        {
            ContentOrderColumn.CreatedUtc => By(rows, r => r.CreatedUtc, order.Descending),
            ContentOrderColumn.ModifiedUtc => By(rows, r => r.ModifiedUtc, order.Descending),
            ContentOrderColumn.PublishedUtc => By(rows, r => r.PublishedUtc, order.Descending),
            ContentOrderColumn.DisplayText => By(rows, r => r.DisplayText, order.Descending),
            ContentOrderColumn.ContentType => By(rows, r => r.ContentType, order.Descending),
            ContentOrderColumn.Path => By(rows, r => r.Path, order.Descending),
            ContentOrderColumn.Field => ByField(rows, fields, order),
            _ => throw new ArgumentOutOfRangeException(nameof(order), order.Column, "Unknown order column."),
        };

        // A stable tie-breaker, so paging never shows an item twice or skips one.
        return order.Descending ? ordered.ThenByDescending(r => r.DocumentId) : ordered.ThenBy(r => r.DocumentId);
    }

    private static IOrderedQueryable<ContentItemRecord> By<TKey>(IQueryable<ContentItemRecord> rows, System.Linq.Expressions.Expression<Func<ContentItemRecord, TKey>> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);

    private static IOrderedQueryable<ContentItemRecord> ByField(IQueryable<ContentItemRecord> rows, IQueryable<ContentFieldIndexRecord> fields, ContentOrder order)
    {
        var field = order.Field ?? throw new ArgumentException("Ordering by a field needs the field.", nameof(order));
        var part = field.PartName;
        var name = field.FieldName;
        var values = fields.Where(f => f.PartName == part && f.FieldName == name);
        var byNumber = By(rows, r => values.Where(f => f.DocumentId == r.DocumentId).Min(f => f.NumberValue), order.Descending);
        return order.Descending
            ? byNumber.ThenByDescending(r => values.Where(f => f.DocumentId == r.DocumentId).Min(f => f.DateValue))
                .ThenByDescending(r => values.Where(f => f.DocumentId == r.DocumentId).Min(f => f.TextValue))
            : byNumber.ThenBy(r => values.Where(f => f.DocumentId == r.DocumentId).Min(f => f.DateValue))
                .ThenBy(r => values.Where(f => f.DocumentId == r.DocumentId).Min(f => f.TextValue));
    }
}
