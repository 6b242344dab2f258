using System.Text.Json.Nodes;
using LpbCms.Core.Contents;
using LpbCms.Core.Contents.Handlers;
using LpbCms.Core.Storage;
using LpbCms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static LpbCms.Data.Tests.Contents.ContentTestTypes;

namespace LpbCms.Data.Tests.Contents;

/// <summary>
/// Orchard's versioning semantics against the real store. Each operation runs in its own DI scope,
/// as requests do. <see cref="VersionsAsync"/> describes an item's rows as "Title:flags" (L = Latest,
/// P = Published), oldest first, separated by " | ".
/// </summary>
public abstract class ContentManagerTests(IDatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateAsync_Draft_StoresOneLatestUnpublishedRow()
    {
        await using var services = await StartAsync();

        var item = await InScopeAsync(services, async sut =>
        {
            var article = await NewAsync(sut, Article, "Een");
            await sut.CreateAsync(article, publish: false, Ct);
            return article;
        });

        Assert.Equal("Een:L", await VersionsAsync(services, item.ContentItemId));
        Assert.True(IdGenerator.IsValid(item.ContentItemId));
        Assert.NotNull(item.CreatedUtc);
        Assert.Null(item.PublishedUtc);
    }

    [Fact]
    public async Task CreateAsync_Published_StoresOneLatestPublishedRowWithDates()
    {
        await using var services = await StartAsync();

        var item = await CreateAsync(services, Article, "Een", publish: true);

        Assert.Equal("Een:LP", await VersionsAsync(services, item.ContentItemId));
        var stored = await InScopeAsync(services, sut => sut.GetAsync(item.ContentItemId, VersionScope.Published, Ct));
        Assert.NotNull(stored?.PublishedUtc);
        Assert.Equal(stored.CreatedUtc, stored.PublishedUtc);
        Assert.Equal(["Creating", "Updating", "Validating", "Publishing", "Created", "Updated", "Published"], Handler(services).Events, StringComparer.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_UndefinedType_ThrowsValidationNamingTheType()
    {
        await using var services = await StartAsync();
        var item = new ContentItem { ContentType = "Onbekend" };

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => InScopeAsync(services, sut => sut.CreateAsync(item, publish: true, Ct)));

        Assert.Contains("'Onbekend'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewAsync_DefinedType_HasFreshIdsAndEmptyPartsAndFields()
    {
        await using var services = await StartAsync();

        var item = await InScopeAsync(services, sut => sut.NewAsync(Article, Ct));

        Assert.True(IdGenerator.IsValid(item.ContentItemVersionId));
        Assert.Equal("""{"TitlePart":{},"Article":{"Subtitle":{},"Year":{}}}""", item.Content.ToJsonString());
        await Assert.ThrowsAsync<ContentValidationException>(() => InScopeAsync(services, sut => sut.NewAsync("article", Ct)));
    }

    [Fact]
    public async Task GetForEditAsync_Published_ReturnsNewVersionThatIsNotStored()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);

        var draft = await InScopeAsync(services, sut => sut.GetForEditAsync(item.ContentItemId, Ct));

        Assert.NotNull(draft);
        Assert.NotEqual(item.ContentItemVersionId, draft.ContentItemVersionId, StringComparer.Ordinal);
        Assert.Equal(0, draft.DocumentId);
        Assert.Equal("Een:LP", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task SaveDraftAsync_OverPublished_PublishedKeepsPublishedDraftBecomesLatest()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);

        await EditAsync(services, item.ContentItemId, "Twee", publish: false);

        Assert.Equal("Een:P | Twee:L", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task SaveDraftAsync_ExistingDraft_UpdatesItInPlace()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        await EditAsync(services, item.ContentItemId, "Twee", publish: false);

        await EditAsync(services, item.ContentItemId, "Drie", publish: false);

        Assert.Equal("Een:P | Drie:L", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task PublishAsync_Draft_PreviousPublishedLosesFlagAndStaysAsHistory()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        await EditAsync(services, item.ContentItemId, "Twee", publish: false);

        await EditAsync(services, item.ContentItemId, "Drie", publish: true);

        Assert.Equal("Een: | Drie:LP", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task PublishAsync_DraftableNotVersionable_KeepsNoHistoryRow()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Notice, "Een", publish: true);
        await EditAsync(services, item.ContentItemId, "Twee", publish: false);
        Assert.Equal("Een:P | Twee:L", await VersionsAsync(services, item.ContentItemId));

        await EditAsync(services, item.ContentItemId, "Drie", publish: true);

        Assert.Equal("Drie:LP", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task SaveAndPublish_NonVersionableType_KeepsOneRow()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Snippet, "Een", publish: true);

        await EditAsync(services, item.ContentItemId, "Twee", publish: false);
        await EditAsync(services, item.ContentItemId, "Drie", publish: true);

        var versions = await InScopeAsync(services, sut => sut.GetAsync(item.ContentItemId, VersionScope.Latest, Ct));
        Assert.Equal("Drie:LP", await VersionsAsync(services, item.ContentItemId));
        Assert.Equal(item.ContentItemVersionId, versions?.ContentItemVersionId);
    }

    [Fact]
    public async Task UnpublishAsync_Published_ItemKeepsLatestButNothingIsPublished()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);

        await InScopeAsync(services, sut => sut.UnpublishAsync(item.ContentItemId, Ct));

        Assert.Equal("Een:L", await VersionsAsync(services, item.ContentItemId));
        Assert.Null(await InScopeAsync(services, sut => sut.GetAsync(item.ContentItemId, VersionScope.Published, Ct)));
    }

    [Fact]
    public async Task DiscardDraftAsync_DraftOverPublished_DeletesDraftAndPublishedBecomesLatest()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        await EditAsync(services, item.ContentItemId, "Twee", publish: false);

        await InScopeAsync(services, sut => sut.DiscardDraftAsync(item.ContentItemId, Ct));

        Assert.Equal("Een:LP", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task DiscardDraftAsync_NoPublishedVersion_RefusedAndDraftKept()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: false);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InScopeAsync(services, sut => sut.DiscardDraftAsync(item.ContentItemId, Ct)));

        Assert.Contains("no published version", error.Message, StringComparison.Ordinal);
        Assert.Equal("Een:L", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task RemoveAsync_PublishedWithDraft_EveryRowLosesFlagsAndIsKept()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        await EditAsync(services, item.ContentItemId, "Twee", publish: false);

        await InScopeAsync(services, sut => sut.RemoveAsync(item.ContentItemId, Ct));

        Assert.Equal("Een: | Twee:", await VersionsAsync(services, item.ContentItemId));
        Assert.Null(await InScopeAsync(services, sut => sut.GetForEditAsync(item.ContentItemId, Ct)));
        Assert.Contains("Removed", Handler(services).Events, StringComparer.Ordinal);
    }

    [Fact]
    public async Task CloneAsync_Published_NewItemIsDraftWithNewIdsAndClonedHandlerApplied()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);

        var clone = await InScopeAsync(services, sut => sut.CloneAsync(item.ContentItemId, Ct));

        Assert.NotEqual(item.ContentItemId, clone.ContentItemId, StringComparer.Ordinal);
        Assert.NotEqual(item.ContentItemVersionId, clone.ContentItemVersionId, StringComparer.Ordinal);
        Assert.Equal("Een (kopie):L", await VersionsAsync(services, clone.ContentItemId));
        Assert.Equal("Een:LP", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task RestoreVersionAsync_OldVersion_BecomesNewDraftWithItsData()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        await EditAsync(services, item.ContentItemId, "Twee", publish: true);

        var restored = await InScopeAsync(services, sut => sut.RestoreVersionAsync(item.ContentItemVersionId, Ct));

        Assert.NotEqual(item.ContentItemVersionId, restored.ContentItemVersionId, StringComparer.Ordinal);
        Assert.Equal("Een: | Twee:P | Een:L", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task ImportAsync_SameDocumentTwice_OneRowUnchanged()
    {
        await using var services = await StartAsync();
        const string json = """
            {"ContentItemId":"4x8k7m2q9r1s3t5v6w0y8z2a1b","ContentItemVersionId":"4y8k7m2q9r1s3t5v6w0y8z2a1c","ContentType":"Article",
             "Latest":true,"Published":true,"TitlePart":{"Title":"Een"},"Article":{"Year":{"Value":2019}}}
            """;
        await InScopeAsync(services, sut => sut.ImportAsync(ContentItemJson.Deserialize(json), Ct));
        var first = await InScopeAsync(services, sut => sut.GetAsync("4x8k7m2q9r1s3t5v6w0y8z2a1b", VersionScope.Latest, Ct));

        await InScopeAsync(services, sut => sut.ImportAsync(ContentItemJson.Deserialize(json), Ct));

        var second = await InScopeAsync(services, sut => sut.GetAsync("4x8k7m2q9r1s3t5v6w0y8z2a1b", VersionScope.Latest, Ct));
        Assert.Equal("Een:LP", await VersionsAsync(services, "4x8k7m2q9r1s3t5v6w0y8z2a1b"));
        Assert.Equal(first!.Revision, second!.Revision);
        Assert.Equal(ContentItemJson.Serialize(first), ContentItemJson.Serialize(second));
    }

    [Fact]
    public async Task ImportAsync_ChangedContentOfExistingVersion_UpdatesThatRow()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        var changed = ContentItemJson.Deserialize(ContentItemJson.Serialize(item));
        changed.Content["TitlePart"]!["Title"] = "Gewijzigd";

        await InScopeAsync(services, sut => sut.ImportAsync(changed, Ct));

        Assert.Equal("Gewijzigd:LP", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task ImportAsync_NewVersionOfExistingItem_BecomesLatestAndPublished()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        var next = ContentItemJson.Deserialize(ContentItemJson.Serialize(item));
        next.ContentItemVersionId = IdGenerator.NewId();
        next.Content["TitlePart"]!["Title"] = "Twee";

        await InScopeAsync(services, sut => sut.ImportAsync(next, Ct));

        Assert.Equal("Een: | Twee:LP", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task ImportAsync_MissingIdsAndDates_GeneratesThem()
    {
        await using var services = await StartAsync();
        var item = ContentItemJson.Deserialize("""{"ContentType":"Article","Published":true,"TitlePart":{"Title":"Een"}}""");

        await InScopeAsync(services, sut => sut.ImportAsync(item, Ct));

        Assert.True(IdGenerator.IsValid(item.ContentItemId));
        Assert.True(IdGenerator.IsValid(item.ContentItemVersionId));
        Assert.NotNull(item.PublishedUtc);
        Assert.Equal("Een:LP", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task ImportAsync_UndefinedTypeOrWrongFieldShape_ThrowsAndStoresNothing()
    {
        await using var services = await StartAsync();
        var unknown = ContentItemJson.Deserialize("""{"ContentItemId":"4x8k7m2q9r1s3t5v6w0y8z2a1b","ContentType":"Onbekend"}""");
        var wrongShape = ContentItemJson.Deserialize("""{"ContentItemId":"4x8k7m2q9r1s3t5v6w0y8z2a1c","ContentType":"Article","Article":{"Year":{"Value":"twintig"}}}""");

        var typeError = await Assert.ThrowsAsync<ContentValidationException>(() => InScopeAsync(services, sut => sut.ImportAsync(unknown, Ct)));
        var shapeError = await Assert.ThrowsAsync<ContentValidationException>(() => InScopeAsync(services, sut => sut.ImportAsync(wrongShape, Ct)));

        Assert.Contains("'Onbekend'", typeError.Message, StringComparison.Ordinal);
        Assert.Equal("Article.Year.Value", Assert.Single(shapeError.Errors).Path);
        Assert.Equal("", await VersionsAsync(services, unknown.ContentItemId));
        Assert.Equal("", await VersionsAsync(services, wrongShape.ContentItemId));
    }

    [Fact]
    public async Task SaveDraftAsync_StaleVersion_ThrowsConflictAndStoredDataUnchanged()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: false);
        var first = await InScopeAsync(services, sut => sut.GetForEditAsync(item.ContentItemId, Ct));
        var second = await InScopeAsync(services, sut => sut.GetForEditAsync(item.ContentItemId, Ct));
        first!.Content["TitlePart"]!["Title"] = "Eerste redacteur";
        second!.Content["TitlePart"]!["Title"] = "Tweede redacteur";
        await InScopeAsync(services, sut => sut.SaveDraftAsync(first, Ct));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InScopeAsync(services, sut => sut.SaveDraftAsync(second, Ct)));

        Assert.Equal("Eerste redacteur:L", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task SaveDraftAsync_TwoNewVersionsFromOnePublished_SecondConflicts()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);
        await using var firstScope = services.CreateAsyncScope();
        await using var secondScope = services.CreateAsyncScope();
        var firstManager = firstScope.ServiceProvider.GetRequiredService<IContentManager>();
        var secondManager = secondScope.ServiceProvider.GetRequiredService<IContentManager>();
        var first = await firstManager.GetForEditAsync(item.ContentItemId, Ct);
        var second = await secondManager.GetForEditAsync(item.ContentItemId, Ct);
        first!.Content["TitlePart"]!["Title"] = "Eerste redacteur";
        second!.Content["TitlePart"]!["Title"] = "Tweede redacteur";
        await firstManager.PublishAsync(first, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => secondManager.SaveDraftAsync(second, Ct));

        Assert.Equal("Een: | Eerste redacteur:LP", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task SaveDraftAsync_HandlerRefuses_ThrowsValidationAndStoresNothing()
    {
        await using var services = await StartAsync();
        var item = await CreateAsync(services, Article, "Een", publish: true);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => EditAsync(services, item.ContentItemId, "ongeldig", publish: false));

        Assert.Equal("TitlePart.Title", Assert.Single(error.Errors).Path);
        Assert.Equal("Een:LP", await VersionsAsync(services, item.ContentItemId));
    }

    [Fact]
    public async Task PublishAsync_FieldValues_AreIndexedForQueries()
    {
        await using var services = await StartAsync();
        var item = await InScopeAsync(services, async sut =>
        {
            var article = await NewAsync(sut, Article, "Een");
            article.Content[Article]!["Year"] = new JsonObject { ["Value"] = 2019 };
            await sut.CreateAsync(article, publish: true, Ct);
            return article;
        });
        await CreateAsync(services, Article, "Zonder jaar", publish: true);

        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IContentStore>().QueryAsync(
            new ContentQuery { FieldFilters = [new ContentFieldFilter(new ContentFieldRef(Article, "Year"), FilterOperator.Equal, new ContentFieldValue(Number: 2019))] },
            Ct);

        Assert.Equal(item.ContentItemId, Assert.Single(result.Items).ContentItemId);
    }

    private async Task<ServiceProvider> StartAsync()
    {
        var services = await database.CreateServicesAsync(s =>
        {
            s.AddSingleton<RecordingContentHandler>();
            s.AddSingleton<IContentHandler>(sp => sp.GetRequiredService<RecordingContentHandler>());
        });
        await DefineAsync(services, Ct);
        return services;
    }

    private static RecordingContentHandler Handler(ServiceProvider services) => services.GetRequiredService<RecordingContentHandler>();

    private static async Task<T> InScopeAsync<T>(ServiceProvider services, Func<IContentManager, Task<T>> act)
    {
        await using var scope = services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    private static async Task InScopeAsync(ServiceProvider services, Func<IContentManager, Task> act)
    {
        await using var scope = services.CreateAsyncScope();
        await act(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }

    private static async Task<ContentItem> NewAsync(IContentManager sut, string type, string title)
    {
        var item = await sut.NewAsync(type, Ct);
        item.Content["TitlePart"]!["Title"] = title;
        return item;
    }

    private static Task<ContentItem> CreateAsync(ServiceProvider services, string type, string title, bool publish) =>
        InScopeAsync(services, async sut =>
        {
            var item = await NewAsync(sut, type, title);
            await sut.CreateAsync(item, publish, Ct);
            return item;
        });

    /// <summary>An editor's round trip: load the version to edit, change the title, save or publish.</summary>
    private static Task EditAsync(ServiceProvider services, string contentItemId, string title, bool publish) =>
        InScopeAsync(services, async sut =>
        {
            var item = await sut.GetForEditAsync(contentItemId, Ct) ?? throw new InvalidOperationException("Nothing to edit.");
            item.Content["TitlePart"]!["Title"] = title;
            await (publish ? sut.PublishAsync(item, Ct) : sut.SaveDraftAsync(item, Ct));
        });

    private static async Task<string> VersionsAsync(ServiceProvider services, string contentItemId)
    {
        await using var scope = services.CreateAsyncScope();
        var versions = await scope.ServiceProvider.GetRequiredService<IContentStore>().GetVersionsAsync(contentItemId, Ct);
        return string.Join(" | ", versions.Select(v => $"{v.DisplayText}:{(v.Latest ? "L" : "")}{(v.Published ? "P" : "")}"));
    }
}
