using System.Text.Json.Nodes;
using LpbCms.Core.Changes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Recipes;
using LpbCms.Core.Settings;
using LpbCms.Core.Storage;
using LpbCms.Data.Tests.Contents;
using LpbCms.Data.Tests.Infrastructure;
using LpbCms.Data.Tests.Recipes;
using Microsoft.Extensions.DependencyInjection;
using static LpbCms.Data.Tests.Changes.ChangeFeedTestScope;
using static LpbCms.Data.Tests.Contents.ContentTestTypes;

namespace LpbCms.Data.Tests.Changes;

/// <summary>
/// Every path that changes content appends exactly the rows that describe it, in its own
/// transaction: a change that fails or is rolled back leaves none.
/// </summary>
public abstract class ChangeFeedWritePathTests(IDatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_Draft_AppendsCreatedForTheVersion()
    {
        await using var services = await StartAsync();
        var start = await LatestAsync(services);

        var item = await CreateAsync(services, Article, "Een", publish: false);

        var change = Assert.Single(await ReadAsync(services, start));
        Assert.Equal(
            (ContentChangeEvent.Created, item.ContentItemId, item.ContentItemVersionId, Article, FixedContentUser.Id, FixedContentUser.Name),
            (change.Event, change.ContentItemId, change.ContentItemVersionId, change.ContentType, change.UserId, change.UserName));
        Assert.Equal(DateTimeKind.Utc, change.OccurredUtc.Kind);
    }

    [Fact]
    public async Task CreateAsync_Published_AppendsCreatedThenPublished()
    {
        await using var services = await StartAsync();
        var start = await LatestAsync(services);

        await CreateAsync(services, Article, "Een", publish: true);

        Assert.Equal(["Created:Article", "Published:Article"], await EventsAfterAsync(services, start));
    }

    [Fact]
    public async Task SaveDraftAsync_PublishedItem_AppendsDraftSavedForTheNewVersion()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        var start = await LatestAsync(services);

        var draft = await EditAsync(services, item.ContentItemId, "Twee", publish: false);

        var change = Assert.Single(await ReadAsync(services, start));
        Assert.Equal((ContentChangeEvent.DraftSaved, draft.ContentItemVersionId), (change.Event, change.ContentItemVersionId));
        Assert.NotEqual(item.ContentItemVersionId, change.ContentItemVersionId);
    }

    [Fact]
    public async Task SaveDraftAsync_TypeWithoutDrafts_AppendsPublishedBecauseTheLiveRowChanged()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Snippet, "Een", publish: true);
        var start = await LatestAsync(services);

        await EditAsync(services, item.ContentItemId, "Twee", publish: false);

        Assert.Equal(["Published:Snippet"], await EventsAfterAsync(services, start));
    }

    [Fact]
    public async Task PublishAsync_Draft_AppendsPublished()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: false);
        var start = await LatestAsync(services);

        await EditAsync(services, item.ContentItemId, "Twee", publish: true);

        Assert.Equal(["Published:Article"], await EventsAfterAsync(services, start));
    }

    [Fact]
    public async Task UnpublishAsync_Published_AppendsUnpublishedOnceAndNothingWhenRepeated()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        var start = await LatestAsync(services);

        await WithManagerAsync(services, sut => sut.UnpublishAsync(item.ContentItemId, Ct));
        await WithManagerAsync(services, sut => sut.UnpublishAsync(item.ContentItemId, Ct));

        var change = Assert.Single(await ReadAsync(services, start));
        Assert.Equal((ContentChangeEvent.Unpublished, item.ContentItemVersionId), (change.Event, change.ContentItemVersionId));
    }

    [Fact]
    public async Task DiscardDraftAsync_Draft_AppendsDraftDiscardedForTheDroppedVersion()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        var draft = await EditAsync(services, item.ContentItemId, "Twee", publish: false);
        var start = await LatestAsync(services);

        await WithManagerAsync(services, sut => sut.DiscardDraftAsync(item.ContentItemId, Ct));

        var change = Assert.Single(await ReadAsync(services, start));
        Assert.Equal((ContentChangeEvent.DraftDiscarded, draft.ContentItemVersionId), (change.Event, change.ContentItemVersionId));
    }

    [Fact]
    public async Task RemoveAsync_Item_AppendsDeletedOnceAndNothingWhenRepeated()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        var start = await LatestAsync(services);

        await WithManagerAsync(services, sut => sut.RemoveAsync(item.ContentItemId, Ct));
        await WithManagerAsync(services, sut => sut.RemoveAsync(item.ContentItemId, Ct));

        Assert.Equal(["Deleted:Article"], await EventsAfterAsync(services, start));
    }

    [Fact]
    public async Task CloneAsync_Item_AppendsCreatedForTheClone()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        var start = await LatestAsync(services);

        var clone = await WithManagerAsync(services, sut => sut.CloneAsync(item.ContentItemId, Ct));

        var change = Assert.Single(await ReadAsync(services, start));
        Assert.Equal((ContentChangeEvent.Created, clone.ContentItemId), (change.Event, change.ContentItemId));
    }

    [Fact]
    public async Task RestoreVersionAsync_OldVersion_AppendsDraftSaved()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        await EditAsync(services, item.ContentItemId, "Twee", publish: true);
        var start = await LatestAsync(services);

        var restored = await WithManagerAsync(services, sut => sut.RestoreVersionAsync(item.ContentItemVersionId, Ct));

        var change = Assert.Single(await ReadAsync(services, start));
        Assert.Equal((ContentChangeEvent.DraftSaved, restored.ContentItemVersionId), (change.Event, change.ContentItemVersionId));
    }

    [Fact]
    public async Task SaveDraftAsync_ValidationFails_AppendsNothing()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        var start = await LatestAsync(services);

        await Assert.ThrowsAsync<ContentValidationException>(() => EditAsync(services, item.ContentItemId, "ongeldig", publish: false));

        Assert.Empty(await ReadAsync(services, start));
    }

    [Fact]
    public async Task CreateAsync_OuterTransactionRolledBack_AppendsNothing()
    {
        await using var services = await StartAsync();
        var start = await LatestAsync(services);

        await InScopeAsync(services, async sp =>
        {
            await using var transaction = await sp.GetRequiredService<IUnitOfWork>().BeginAsync(Ct);
            var sut = sp.GetRequiredService<IContentManager>();
            await sut.CreateAsync(await NewAsync(sut, Article, "Een"), publish: true, Ct);
            await sp.GetRequiredService<ISiteService>().UpdateAsync(s => s["SiteName"] = "Nooit", Ct);
            await transaction.RollbackAsync(Ct);
        });

        Assert.Empty(await ReadAsync(services, start));
        Assert.Equal(start, await LatestAsync(services));
    }

    [Fact]
    public async Task CreateAsync_TwoInOneOuterTransaction_AppendsAllRowsAtCommitInOrder()
    {
        await using var services = await StartAsync();
        var start = await LatestAsync(services);

        await InScopeAsync(services, async sp =>
        {
            await using var transaction = await sp.GetRequiredService<IUnitOfWork>().BeginAsync(Ct);
            var sut = sp.GetRequiredService<IContentManager>();
            await sut.CreateAsync(await NewAsync(sut, Article, "Een"), publish: true, Ct);
            await sut.CreateAsync(await NewAsync(sut, Snippet, "Twee"), publish: false, Ct);
            Assert.Equal(start, await sp.GetRequiredService<IChangeFeed>().GetLatestSequenceAsync(Ct));
            await transaction.CommitAsync(Ct);
        });

        Assert.Equal(["Created:Article", "Published:Article", "Created:Snippet"], await EventsAfterAsync(services, start));
    }

    [Fact]
    public async Task UpdateAsync_Definitions_AppendsDefinitionChangedOnlyWhenSomethingChanged()
    {
        await using var services = await StartAsync();
        var start = await LatestAsync(services);

        await ChangeDefinitionsAsync(services, d => d.FindType(Article)!.DisplayName = "Artikel");
        await ChangeDefinitionsAsync(services, d => d.FindType(Article)!.DisplayName = "Artikel");

        var change = Assert.Single(await ReadAsync(services, start));
        Assert.Equal((ContentChangeEvent.DefinitionChanged, null, FixedContentUser.Name), (change.Event, change.ContentItemId, change.UserName));
    }

    [Fact]
    public async Task UpdateAsync_SiteSettings_AppendsSettingsChangedOnlyWhenSomethingChanged()
    {
        await using var services = await StartAsync();
        var start = await LatestAsync(services);

        await ChangeSettingsAsync(services, s => s["SiteName"] = "LPB");
        await ChangeSettingsAsync(services, s => s["SiteName"] = "LPB");

        Assert.Equal(["SettingsChanged"], await EventsAfterAsync(services, start));
    }

    [Fact]
    public async Task ExecuteAsync_Recipe_AppendsOneRowPerChangeAndNothingOnARerun()
    {
        await using var services = await StartAsync();
        var recipe = TestRecipes.Recipe("feed", TestRecipes.DefinitionStep, TestRecipes.ContentStep, TestRecipes.SettingsStep);
        var start = await LatestAsync(services);

        await RunRecipeAsync(services, recipe);
        var afterFirstRun = await LatestAsync(services);
        await RunRecipeAsync(services, recipe);

        Assert.Equal(
            ["DefinitionChanged", "Created:Page", "Published:Page", "Created:Notice", "SettingsChanged"],
            await EventsAfterAsync(services, start));
        Assert.Equal(afterFirstRun, await LatestAsync(services));
    }

    [Fact]
    public async Task ExecuteAsync_RecipeFailsInLastStep_AppendsNothing()
    {
        await using var services = await StartAsync();
        var recipe = TestRecipes.Recipe("broken", TestRecipes.DefinitionStep, TestRecipes.ContentStep, TestRecipes.ContentItem("Onbekend", "Fout"));
        var start = await LatestAsync(services);

        await Assert.ThrowsAsync<RecipeException>(() => RunRecipeAsync(services, recipe));

        Assert.Empty(await ReadAsync(services, start));
    }

    [Fact]
    public async Task ImportAsync_ChangedPublishedVersionImportedAsDraft_AppendsDraftSavedThenUnpublished()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        var start = await LatestAsync(services);
        var imported = ContentItemJson.Clone(item);
        imported.Content["TitlePart"] = new JsonObject { ["Title"] = "Geïmporteerd" };
        imported.Published = false;

        await WithManagerAsync(services, sut => sut.ImportAsync(imported, Ct));

        Assert.Equal(["DraftSaved:Article", "Unpublished:Article"], await EventsAfterAsync(services, start));
    }

    private async Task<ServiceProvider> StartAsync()
    {
        var services = await database.CreateServicesAsync(s =>
        {
            s.AddSingleton<IContentUserAccessor, FixedContentUser>();
            s.AddSingleton<IContentHandler, RecordingContentHandler>();
            s.AddLpbRecipes();
        });
        await DefineAsync(services, Ct);
        return services;
    }

    private static async Task<ContentItem> NewAsync(IContentManager sut, string type, string title)
    {
        var item = await sut.NewAsync(type, Ct);
        item.Content["TitlePart"]!["Title"] = title;
        return item;
    }

    private static Task<ContentItem> CreateAsync(IServiceProvider services, string type, string title, bool publish) =>
        WithManagerAsync(services, async sut =>
        {
            var item = await NewAsync(sut, type, title);
            await sut.CreateAsync(item, publish, Ct);
            return item;
        });

    /// <summary>An editor's round trip: load the version to edit, change the title, save or publish; returns the stored version.</summary>
    private static Task<ContentItem> EditAsync(IServiceProvider services, string contentItemId, string title, bool publish) =>
        WithManagerAsync(services, async sut =>
        {
            var item = await sut.GetForEditAsync(contentItemId, Ct) ?? throw new InvalidOperationException("Nothing to edit.");
            item.Content["TitlePart"]!["Title"] = title;
            await (publish ? sut.PublishAsync(item, Ct) : sut.SaveDraftAsync(item, Ct));
            return item;
        });

    private static Task ChangeDefinitionsAsync(IServiceProvider services, Action<ContentDefinitionDocument> change) =>
        InScopeAsync(services, sp => sp.GetRequiredService<IContentDefinitionManager>().UpdateAsync(change, Ct));

    private static Task ChangeSettingsAsync(IServiceProvider services, Action<JsonObject> change) =>
        InScopeAsync(services, sp => sp.GetRequiredService<ISiteService>().UpdateAsync(change, Ct));

    private static Task RunRecipeAsync(IServiceProvider services, string json) =>
        InScopeAsync(services, async sp =>
        {
            var recipe = sp.GetRequiredService<IRecipeReader>().Parse(json, null);
            await sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, new RecipeExecutionContext(), Ct);
        });
}
