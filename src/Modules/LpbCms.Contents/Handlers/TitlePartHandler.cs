using LpbCms.Contents.Liquid;
using LpbCms.Contents.Models;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Handlers;

/// <summary>
/// TitlePart: the title becomes the item's DisplayText; a generated title (Options GeneratedDisabled
/// or GeneratedHidden with a Pattern) is rendered from its Liquid pattern; EditableRequired makes it required.
/// </summary>
public sealed class TitlePartHandler(IContentPatternRenderer patterns) : IContentHandler
{
    private const string PartName = "TitlePart";

    public async Task UpdatingAsync(ContentContext context, CancellationToken ct)
    {
        var item = context.ContentItem;
        foreach (var part in ContentParts.Find(item, context.TypeDefinition, PartName))
        {
            var settings = DefinitionSettingsReader.Get<TitlePartSettings>(part.Settings);
            if (settings.Options is TitlePartOptions.GeneratedDisabled or TitlePartOptions.GeneratedHidden
                && !string.IsNullOrWhiteSpace(settings.Pattern))
            {
                part.Part["Title"] = await RenderTitleAsync(settings.Pattern, item, part.Name, ct);
            }

            var title = ContentParts.GetString(part.Part, "Title");
            if (!string.IsNullOrWhiteSpace(title))
            {
                item.DisplayText = title;
                return;
            }
        }
    }

    public Task ValidatingAsync(ValidateContentContext context, CancellationToken ct)
    {
        foreach (var part in ContentParts.Find(context.ContentItem, context.TypeDefinition, PartName))
        {
            var settings = DefinitionSettingsReader.Get<TitlePartSettings>(part.Settings);
            if (settings.Options == TitlePartOptions.EditableRequired && string.IsNullOrWhiteSpace(ContentParts.GetString(part.Part, "Title")))
            {
                context.Fail($"{part.Name}.Title", "Een titel is verplicht.");
            }
        }

        return Task.CompletedTask;
    }

    private async Task<string> RenderTitleAsync(string pattern, ContentItem item, string partName, CancellationToken ct)
    {
        try
        {
            var title = await patterns.RenderAsync(pattern, item, ct);
            return title.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Trim();
        }
        catch (LiquidLimitException ex)
        {
            throw new ContentValidationException([new ContentValidationError($"{partName}.Title", ex.Message)]);
        }
    }
}
