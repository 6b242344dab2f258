using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;
using LpbCms.Core.Contents;

namespace LpbCms.Contents.Liquid;

/// <summary>Orchard's content filters for patterns: <c>slugify</c>, <c>display_text</c>, <c>container</c>.</summary>
internal static class ContentFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("slugify", Slugify);
        filters.AddFilter("display_text", DisplayText);
        filters.AddFilter("container", ContainerAsync);
    }

    private static ValueTask<FluidValue> Slugify(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(new StringValue(Services(context).Slugs.Slugify(input.ToStringValue())));

    private static ValueTask<FluidValue> DisplayText(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new(AsContentItem(input) is { } item ? new StringValue(item.DisplayText ?? "") : NilValue.Instance);

    /// <summary>The list item that contains the input item (its ContainedPart), latest version; nil when none.</summary>
    private static async ValueTask<FluidValue> ContainerAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (AsContentItem(input)?.Content["ContainedPart"] is not JsonObject contained
            || contained["ListContentItemId"] is not JsonValue idValue
            || !idValue.TryGetValue<string>(out var listId)
            || string.IsNullOrEmpty(listId))
        {
            return NilValue.Instance;
        }

        var services = Services(context);
        var list = await services.Items.GetLatestAsync(listId, services.Ct);
        return list is null ? NilValue.Instance : FluidValue.Create(list, context.Options);
    }

    private static ContentItem? AsContentItem(FluidValue input) => input.ToObjectValue() switch
    {
        ContentItem item => item,
        ContentPatternModel model => model.ContentItem,
        _ => null,
    };

    private static ContentFilterServices Services(TemplateContext context) =>
        context.AmbientValues.TryGetValue(ContentFilterServices.Key, out var value) && value is ContentFilterServices services
            ? services
            : throw new InvalidOperationException("The content filters are used outside a content pattern render.");
}
