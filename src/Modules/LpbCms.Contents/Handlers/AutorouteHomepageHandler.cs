using System.Text.Json.Nodes;
using LpbCms.Contents.Services;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Settings;

namespace LpbCms.Contents.Handlers;

/// <summary>
/// AutoroutePart.SetHomepage: publishing the item makes it the site's home page, stored as Orchard's
/// <c>HomeRoute</c> site setting (the same shape a recipe's <c>settings</c> step gives).
/// </summary>
public sealed class AutorouteHomepageHandler(ISiteService site) : IContentHandler
{
    public async Task PublishedAsync(PublishContentContext context, CancellationToken ct)
    {
        var item = context.ContentItem;
        if (!ContentParts.Find(item, context.TypeDefinition, "AutoroutePart").Any(p => ContentParts.IsTrue(p.Part, "SetHomepage")))
        {
            return;
        }

        var settings = await site.GetSiteSettingsAsync(ct);
        if (HomeRoute.GetContentItemId(settings) == item.ContentItemId)
        {
            return;
        }

        await site.UpdateAsync(
            s => s["HomeRoute"] = new JsonObject
            {
                ["Action"] = "Display",
                ["Controller"] = "Item",
                ["Area"] = "OrchardCore.Contents",
                ["ContentItemId"] = item.ContentItemId,
            },
            ct);
    }
}
