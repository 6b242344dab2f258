using Fluid;
using Fluid.Values;
using LpbCms.Core.Contents;
using LpbCms.Display.Dates;
using LpbCms.Display.Routing;
using LpbCms.Display.Templates;

namespace LpbCms.Display.Liquid;

/// <summary>
/// The filters Orchard templates use (<c>slugify</c>, <c>display_text</c>, <c>display_url</c>,
/// <c>markdownify</c>, <c>sanitize_html</c>, <c>local</c>, <c>absolute_url</c>) and ours: <c>dutch_date</c>
/// ("9 juli 2019"), <c>dutch_date_range</c> and <c>display_item</c> (renders an item with its alternates).
/// </summary>
internal static class DisplayFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("slugify", Slugify);
        filters.AddFilter("display_text", DisplayText);
        filters.AddFilter("display_url", DisplayUrl);
        filters.AddFilter("absolute_url", AbsoluteUrl);
        filters.AddFilter("markdownify", Markdownify);
        filters.AddFilter("sanitize_html", SanitizeHtml);
        filters.AddFilter("local", Local);
        filters.AddFilter("dutch_date", DutchDate);
        filters.AddFilter("dutch_date_range", DutchDateRange);
        filters.AddFilter("iso_date", IsoDate);
        filters.AddFilter("display_item", DisplayItemAsync);
    }

    private static ValueTask<FluidValue> Slugify(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new StringValue(Scope(context).Slugs.Slugify(input.ToStringValue())));

    private static ValueTask<FluidValue> DisplayText(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(AsContentItem(input) is { } item ? new StringValue(item.DisplayText ?? "") : NilValue.Instance);

    /// <summary>The item's public URL ("/" + its path), or the input itself when it is already a string.</summary>
    private static ValueTask<FluidValue> DisplayUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (AsContentItem(input) is { } item)
        {
            return new(ContentRoutes.GetUrl(item, Scope(context).Catalog) is { } url ? new StringValue(url) : NilValue.Instance);
        }

        return new(input.Type == FluidValues.String ? input : NilValue.Instance);
    }

    private static ValueTask<FluidValue> AbsoluteUrl(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new StringValue(Scope(context).Context.Absolute(input.ToStringValue())));

    private static ValueTask<FluidValue> Markdownify(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new StringValue(Scope(context).Markdown.ToHtml(input.ToStringValue()), encode: false));

    private static ValueTask<FluidValue> SanitizeHtml(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new StringValue(Scope(context).Sanitizer.Sanitize(input.ToStringValue()), encode: false));

    /// <summary>Orchard's <c>local</c>: a UTC instant as the local time in Europe/Amsterdam.</summary>
    private static ValueTask<FluidValue> Local(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(AsUtc(input) is { } utc ? new DateTimeValue(new DateTimeOffset(DutchDates.ToAmsterdam(utc), DutchDates.Amsterdam.GetUtcOffset(utc))) : NilValue.Instance);

    private static ValueTask<FluidValue> DutchDate(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(AsUtc(input) is { } utc ? new StringValue(DutchDates.Format(utc)) : NilValue.Instance);

    /// <summary>The Amsterdam date as <c>yyyy-MM-dd</c>, for the <c>datetime</c> attribute of <c>&lt;time&gt;</c>.</summary>
    private static ValueTask<FluidValue> IsoDate(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(AsUtc(input) is { } utc
            ? new StringValue(DutchDates.ToAmsterdam(utc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            : NilValue.Instance);

    /// <summary><c>{{ start | dutch_date_range: end }}</c>; the start alone when the end is missing.</summary>
    private static ValueTask<FluidValue> DutchDateRange(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (AsUtc(input) is not { } start)
        {
            return new(NilValue.Instance);
        }

        var end = AsUtc(arguments.At(0));
        return new(new StringValue(end is null ? DutchDates.Format(start) : DutchDates.FormatRange(start, end.Value)));
    }

    /// <summary>
    /// <c>{{ item | display_item: "Summary", heading: 3 }}</c>: the item rendered with its alternates, as HTML;
    /// the optional <c>heading</c> (2-6) is the level its template should use (<c>Model.HeadingLevel</c>), so headings stay in order.
    /// </summary>
    private static async ValueTask<FluidValue> DisplayItemAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (AsContentItem(input) is not { } item)
        {
            return NilValue.Instance;
        }

        var displayType = arguments.Count > 0 && arguments.At(0).Type == FluidValues.String ? arguments.At(0).ToStringValue() : ContentAlternates.Summary;
        var scope = Scope(context);
        var heading = arguments.HasNamed("heading") ? (int)arguments["heading"].ToNumberValue() : 2;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["HeadingLevel"] = Math.Clamp(heading, 2, 6) };
        var model = new DisplayModel(item, displayType, values);
        var html = await scope.Renderer.RenderNestedAsync(ContentAlternates.For(item.ContentType, displayType), model, context, scope);
        return new StringValue(html, encode: false);
    }

    private static ContentItem? AsContentItem(FluidValue input) => input.ToObjectValue() switch
    {
        ContentItem item => item,
        DisplayModel model => model.ContentItem,
        _ => null,
    };

    private static DateTime? AsUtc(FluidValue input) => input.ToObjectValue() switch
    {
        DateTime date => date,
        DateTimeOffset offset => offset.UtcDateTime,
        string text => DutchDates.Parse(text),
        _ => null,
    };

    private static DisplayRenderScope Scope(TemplateContext context) =>
        context.AmbientValues.TryGetValue(DisplayRenderScope.Key, out var value) && value is DisplayRenderScope scope
            ? scope
            : throw new InvalidOperationException("The display filters are used outside a display render.");
}
