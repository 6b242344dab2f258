using System.Text.RegularExpressions;
using LpbCms.Core.Contents.Catalog;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace LpbCms.Api.Querying;

/// <summary>
/// Reads a list request's query string: <c>type</c> (repeatable or comma-separated), <c>first</c>,
/// <c>skip</c>, <c>orderBy=column:asc|desc</c> (a column or a <c>Part.Field</c>), <c>status</c>,
/// <c>expand</c>, <c>displayText</c> (contains) and field filters <c>Part.Field[op]=value</c>.
/// Any other parameter, an unknown field, or a value that does not fit the field is an error:
/// nothing unknown is silently ignored.
/// </summary>
public sealed partial class ListRequestParser(IContentDefinitionManager definitions, IOptions<ContentApiOptions> options, IContentCatalog catalog)
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "type", "first", "skip", "orderBy", ReadStatus.ParameterName, ExpandPath.ParameterName, "displayText",
    };

    private static readonly Dictionary<string, ContentOrderColumn> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["createdUtc"] = ContentOrderColumn.CreatedUtc,
        ["modifiedUtc"] = ContentOrderColumn.ModifiedUtc,
        ["publishedUtc"] = ContentOrderColumn.PublishedUtc,
        ["displayText"] = ContentOrderColumn.DisplayText,
        ["contentType"] = ContentOrderColumn.ContentType,
        ["path"] = ContentOrderColumn.Path,
    };

    public async Task<(ListRequest? Request, Dictionary<string, string[]> Errors)> ParseAsync(IQueryCollection query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var limits = options.Value;
        var document = await definitions.GetDocumentAsync(ct);

        var types = query["type"].SelectMany(t => (t ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var typeDefinitions = new List<ContentTypeDefinition>();
        foreach (var type in types)
        {
            if (document.FindType(type) is { } definition)
            {
                typeDefinitions.Add(definition);
            }
            else
            {
                errors["type"] = [$"There is no content type '{type}'."];
            }
        }

        var fields = (typeDefinitions.Count > 0 ? typeDefinitions : document.ContentTypes)
            .SelectMany(document.GetFields)
            .ToList();

        var first = ReadInt(query, "first", limits.DefaultPageSize, 1, limits.MaxPageSize, errors);
        var skip = ReadInt(query, "skip", 0, 0, int.MaxValue, errors);
        if (!ReadStatus.TryParse(query[ReadStatus.ParameterName], out var scope))
        {
            errors[ReadStatus.ParameterName] = ["Use published, draft or latest."];
        }

        var expand = ExpandPath.TryParseList(query[ExpandPath.ParameterName], limits.MaxExpandDepth, out var expandError);
        if (expandError is not null)
        {
            errors[ExpandPath.ParameterName] = [expandError];
        }

        var order = ReadOrder(query["orderBy"], fields, errors);
        var filters = ReadFilters(query, fields, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var contentQuery = new ContentQuery
        {
            Scope = scope,
            ContentTypes = [.. typeDefinitions.Select(t => t.Name)],
            DisplayTextContains = query["displayText"].ToString() is { Length: > 0 } text ? text : null,
            FieldFilters = filters,
            OrderBy = order,
            Skip = skip,
            Take = first,
        };
        return (new ListRequest(contentQuery, expand ?? []), errors);
    }

    private List<ContentFieldFilter> ReadFilters(IQueryCollection query, List<ContentTypeField> fields, Dictionary<string, string[]> errors)
    {
        var filters = new List<ContentFieldFilter>();
        foreach (var (key, values) in query)
        {
            if (!Reserved.Contains(key) && ReadFilter(key, values.ToString(), fields, errors) is { } filter)
            {
                filters.Add(filter);
            }
        }

        return filters;
    }

    private static int ReadInt(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"'{text}' is not a whole number from {min} to {max}."];
        return fallback;
    }

    private static ContentOrder ReadOrder(string? text, List<ContentTypeField> fields, Dictionary<string, string[]> errors)
    {
        var fallback = new ContentOrder(ContentOrderColumn.ModifiedUtc, Descending: true);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var parts = text.Split(':', StringSplitOptions.TrimEntries);
        var descending = parts.Length == 2 && string.Equals(parts[1], "desc", StringComparison.OrdinalIgnoreCase);
        if (parts.Length > 2 || (parts.Length == 2 && !descending && !string.Equals(parts[1], "asc", StringComparison.OrdinalIgnoreCase)))
        {
            errors["orderBy"] = [$"'{text}' is not 'name', 'name:asc' or 'name:desc'."];
            return fallback;
        }

        if (Columns.TryGetValue(parts[0], out var column))
        {
            return new ContentOrder(column, descending);
        }

        if (FindField(parts[0], fields) is { } field)
        {
            return new ContentOrder(ContentOrderColumn.Field, descending, new ContentFieldRef(field.PartInstanceName, field.Name));
        }

        errors["orderBy"] = [$"'{parts[0]}' is neither a column ({string.Join(", ", Columns.Keys)}) nor a Part.Field of the listed types."];
        return fallback;
    }

    private ContentFieldFilter? ReadFilter(string key, string value, List<ContentTypeField> fields, Dictionary<string, string[]> errors)
    {
        var match = FilterKey().Match(key);
        if (!match.Success)
        {
            errors[key] = ["Unknown parameter. Filters are written Part.Field=value or Part.Field[op]=value."];
            return null;
        }

        var op = FilterOperator.Equal;
        if (match.Groups["op"].Success && !FilterOperators.TryParse(match.Groups["op"].Value, out op))
        {
            errors[key] = [$"Unknown operator '{match.Groups["op"].Value}'; use {string.Join(", ", FilterOperators.Names)}."];
            return null;
        }

        if (FindField(match.Groups["field"].Value, fields) is not { } field)
        {
            errors[key] = [$"'{match.Groups["field"].Value}' is not a field of the listed content types."];
            return null;
        }

        if (!FilterValueParser.TryParse(catalog.FindField(field.FieldType)?.IndexKind, field.FieldType, value, op, out var typed, out var error))
        {
            errors[key] = [error!];
            return null;
        }

        return new ContentFieldFilter(new ContentFieldRef(field.PartInstanceName, field.Name), op, typed);
    }

    private static ContentTypeField? FindField(string dotted, List<ContentTypeField> fields)
    {
        var parts = dotted.Split('.');
        return parts.Length != 2
            ? null
            : fields.FirstOrDefault(f => string.Equals(f.PartInstanceName, parts[0], StringComparison.OrdinalIgnoreCase)
                && string.Equals(f.Name, parts[1], StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"^(?<field>[A-Za-z0-9_]{1,128}\.[A-Za-z0-9_]{1,128})(\[(?<op>[A-Za-z]{1,16})\])?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FilterKey();
}
