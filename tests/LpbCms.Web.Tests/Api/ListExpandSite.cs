using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Api;

/// <summary>
/// The API site with two lists (type <see cref="ListType"/>) and their children (type
/// <see cref="ChildType"/>, put in a list by ContainedPart), seeded once for the class.
/// </summary>
public sealed class ListExpandSite : IAsyncLifetime
{
    public const string ListType = "Dossier";
    public const string ChildType = "Notitie";

    public ApiSite Site { get; } = new();

    /// <summary>Holds, in order, "Eerste notitie" (Order 1), "Tweede notitie" (Order 2) and an unpublished "Concept notitie".</summary>
    public string FirstListId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await Site.InitializeAsync();
        await DefineTypesAsync();
        FirstListId = await CreateAsync(ListType, "Dossier wijkaanpak", _ => { }, publish: true);
        var secondList = await CreateAsync(ListType, "Dossier armoede", _ => { }, publish: true);
        await CreateAsync(ChildType, "Tweede notitie", item => PutIn(item, FirstListId, order: 2), publish: true);
        await CreateAsync(ChildType, "Eerste notitie", item => PutIn(item, FirstListId, order: 1), publish: true);
        await CreateAsync(ChildType, "Concept notitie", item => PutIn(item, FirstListId, order: 0), publish: false);
        await CreateAsync(ChildType, "Notitie armoede", item => PutIn(item, secondList, order: 0), publish: true);
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();

    private static void PutIn(ContentItem item, string listId, int order) =>
        item.Content["ContainedPart"] = new JsonObject { ["ListContentItemId"] = listId, ["Order"] = order };

    private async Task DefineTypesAsync()
    {
        await using var scope = Site.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().UpdateAsync(
            document =>
            {
                if (document.FindType(ListType) is not null)
                {
                    return;
                }

                document.ContentTypes.Add(TypeWith(ListType, new ContentTypePartDefinition
                {
                    PartName = "ListPart",
                    Name = "ListPart",
                    Settings = new JsonObject { ["ListPartSettings"] = new JsonObject { ["ContainedContentTypes"] = new JsonArray(ChildType) } },
                }));
                document.ContentTypes.Add(TypeWith(ChildType));
            },
            TestContext.Current.CancellationToken);
    }

    private static ContentTypeDefinition TypeWith(string name, params ContentTypePartDefinition[] parts) => new()
    {
        Name = name,
        DisplayName = name,
        Settings = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Creatable"] = true, ["Listable"] = true, ["Draftable"] = true, ["Versionable"] = true } },
        ContentTypePartDefinitionRecords = [new ContentTypePartDefinition { PartName = "TitlePart", Name = "TitlePart" }, .. parts],
    };

    private async Task<string> CreateAsync(string type, string title, Action<ContentItem> fill, bool publish)
    {
        await using var scope = Site.Factory.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await manager.NewAsync(type, TestContext.Current.CancellationToken);
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        fill(item);
        await manager.CreateAsync(item, publish, TestContext.Current.CancellationToken);
        return item.ContentItemId;
    }
}
