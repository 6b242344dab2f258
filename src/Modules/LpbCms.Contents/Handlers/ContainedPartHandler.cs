using System.Text.Json.Nodes;
using LpbCms.Contents.Models;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;

namespace LpbCms.Contents.Handlers;

/// <summary>
/// ContainedPart (attached by Orchard without a type definition record): the list item must exist
/// (latest version), must have a ListPart, and must allow the item's type; <c>ListContentType</c> is filled in.
/// </summary>
public sealed class ContainedPartHandler(IContentItemLoader items, IContentDefinitionManager definitions) : IContentHandler
{
    private const string PartName = "ContainedPart";

    public async Task UpdatingAsync(ContentContext context, CancellationToken ct)
    {
        if (context.ContentItem.Content[PartName] is not JsonObject part
            || ContentParts.GetString(part, "ListContentItemId") is not { Length: > 0 } listId)
        {
            return;
        }

        var list = await items.GetLatestAsync(listId, ct);
        if (list is not null && ContentParts.GetString(part, "ListContentType") != list.ContentType)
        {
            part["ListContentType"] = list.ContentType;
        }
    }

    public async Task ValidatingAsync(ValidateContentContext context, CancellationToken ct)
    {
        var item = context.ContentItem;
        if (item.Content[PartName] is not JsonObject part || !JsonKindsAllowLookup(part))
        {
            return;
        }

        const string idPath = PartName + ".ListContentItemId";
        var listId = ContentParts.GetString(part, "ListContentItemId");
        if (string.IsNullOrWhiteSpace(listId))
        {
            context.Fail(idPath, "Het lijst-item ontbreekt.");
            return;
        }

        if (listId == item.ContentItemId)
        {
            context.Fail(idPath, "Een item kan niet in zichzelf staan.");
            return;
        }

        var list = await items.GetLatestAsync(listId, ct);
        if (list is null)
        {
            context.Fail(idPath, $"Het lijst-item '{listId}' bestaat niet.");
            return;
        }

        await CheckListAllowsAsync(context, list, idPath, ct);
    }

    private async Task CheckListAllowsAsync(ValidateContentContext context, ContentItem list, string idPath, CancellationToken ct)
    {
        var listType = await definitions.GetTypeDefinitionAsync(list.ContentType, ct);
        if (listType is null)
        {
            return;
        }

        var listPart = listType.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.PartName == "ListPart");
        if (listPart is null)
        {
            context.Fail(idPath, $"Het item '{list.ContentItemId}' ({list.ContentType}) is geen lijst.");
            return;
        }

        var allowed = DefinitionSettingsReader.Get<ListPartSettings>(listPart.Settings).ContainedContentTypes;
        if (allowed.Count > 0 && !allowed.Contains(context.ContentItem.ContentType, StringComparer.Ordinal))
        {
            context.Fail(idPath, $"De lijst '{list.DisplayText ?? list.ContentItemId}' ({list.ContentType}) staat items van het type '{context.ContentItem.ContentType}' niet toe; toegestaan: {string.Join(", ", allowed)}.");
        }
    }

    /// <summary>A ListContentItemId of the wrong JSON type is reported by <see cref="PartShapeHandler"/>, not here.</summary>
    private static bool JsonKindsAllowLookup(JsonObject part) =>
        part["ListContentItemId"] is null || ContentParts.GetString(part, "ListContentItemId") is not null;
}
