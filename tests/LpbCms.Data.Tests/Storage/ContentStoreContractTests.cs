using System.Text.Json.Nodes;
using LpbCms.Core.Auditing;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;
using LpbCms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data.Tests.Storage;

/// <summary>The contract every IContentStore must keep; runs on SQLite and PostgreSQL.</summary>
public abstract class ContentStoreContractTests(IDatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_NewItem_AssignsDocumentIdAndRevisionAndRoundTripsJson()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var item = ContentItemBuilder.OfType("Gift").Titled("Vijf gelukwensen van het LSA").AtPath("cadeaus/vijf-gelukwensen")
            .WithPart("Gift", new JsonObject { ["Organisation"] = new JsonObject { ["Text"] = "LSA" }, ["Unknown"] = new JsonArray(1, "twee", null) })
            .Published().Build();

        await sut.SaveAsync(item, [], Ct);
        var loaded = await sut.GetAsync(item.ContentItemId, VersionScope.Published, Ct);

        Assert.True(item.DocumentId > 0);
        Assert.Equal(1, item.Revision);
        Assert.NotNull(loaded);
        Assert.Equal(ContentItemJson.Serialize(item), ContentItemJson.Serialize(loaded));
        Assert.Equal(item.DocumentId, loaded.DocumentId);
    }

    [Fact]
    public async Task GetAsync_ByScope_ReturnsPublishedLatestOrDraftRow()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var published = ContentItemBuilder.OfType("Page").Titled("Gepubliceerd").Published().NotLatest().Build();
        await sut.SaveAsync(published, [], Ct);
        var draft = ContentItemBuilder.OfType("Page").Titled("Concept").VersionOf(published).Draft().Build();
        await sut.SaveAsync(draft, [], Ct);

        Assert.Equal("Gepubliceerd", (await sut.GetAsync(published.ContentItemId, VersionScope.Published, Ct))?.DisplayText);
        Assert.Equal("Concept", (await sut.GetAsync(published.ContentItemId, VersionScope.Latest, Ct))?.DisplayText);
        Assert.Equal("Concept", (await sut.GetAsync(published.ContentItemId, VersionScope.Draft, Ct))?.DisplayText);
        Assert.Equal(2, (await sut.GetVersionsAsync(published.ContentItemId, Ct)).Count);
    }

    [Fact]
    public async Task SaveAsync_StaleRevision_ThrowsConflictAndKeepsStoredData()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var item = ContentItemBuilder.OfType("Page").Titled("Eerste").Build();
        await sut.SaveAsync(item, [], Ct);
        var first = await sut.GetAsync(item.ContentItemId, VersionScope.Latest, Ct);
        var second = await sut.GetAsync(item.ContentItemId, VersionScope.Latest, Ct);
        first!.DisplayText = "Door redacteur 1";
        await sut.SaveAsync(first, [], Ct);

        second!.DisplayText = "Door redacteur 2";
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => sut.SaveAsync(second, [], Ct));

        Assert.Equal("Door redacteur 1", (await sut.GetAsync(item.ContentItemId, VersionScope.Latest, Ct))?.DisplayText);
    }

    [Fact]
    public async Task QueryAsync_TypeScopeAndPaging_RunsInDatabaseWithTotal()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        for (var i = 1; i <= 7; i++)
        {
            await sut.SaveAsync(ContentItemBuilder.OfType("BlogPost").Titled($"Post {i}").Published(new DateTime(2020, 1, i, 0, 0, 0, DateTimeKind.Utc)).Build(), [], Ct);
        }

        await sut.SaveAsync(ContentItemBuilder.OfType("BlogPost").Titled("Concept").Draft().Build(), [], Ct);
        await sut.SaveAsync(ContentItemBuilder.OfType("Page").Titled("Pagina").Published().Build(), [], Ct);

        var page = await sut.QueryAsync(
            new ContentQuery
            {
                ContentTypes = ["BlogPost"],
                OrderBy = new ContentOrder(ContentOrderColumn.PublishedUtc, Descending: true),
                Skip = 2,
                Take = 3,
            },
            Ct);

        Assert.Equal(7, page.TotalCount);
        Assert.Equal(["Post 5", "Post 4", "Post 3"], page.Items.Select(i => i.DisplayText));
    }

    [Fact]
    public async Task QueryAsync_PathAndDisplayText_FindsMatchingItems()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        await sut.SaveAsync(ContentItemBuilder.OfType("Page").Titled("Toegankelijkheid").AtPath("/toegankelijkheid/").Published().Build(), [], Ct);
        await sut.SaveAsync(ContentItemBuilder.OfType("Page").Titled("Over het LPB").AtPath("over-het-lpb").Published().Build(), [], Ct);

        var byPath = await sut.QueryAsync(new ContentQuery { Path = "toegankelijkheid" }, Ct);
        var byText = await sut.QueryAsync(new ContentQuery { DisplayTextContains = "lpb" }, Ct);

        Assert.Equal("Toegankelijkheid", Assert.Single(byPath.Items).DisplayText);
        Assert.Equal("Over het LPB", Assert.Single(byText.Items).DisplayText);
    }

    [Fact]
    public async Task QueryAsync_FieldFilters_UseTheFieldIndex()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        foreach (var (year, host) in new[] { (2014, "Groningen"), (2015, "Tilburg"), (2017, "Leeuwarden"), (2022, "Eindhoven") })
        {
            await sut.SaveAsync(
                ContentItemBuilder.OfType("Congress").Titled($"LPB Congres {year}").Published().Build(),
                [
                    new ContentFieldIndexEntry("Congress", "Year", new ContentFieldValue(Number: year)),
                    new ContentFieldIndexEntry("Congress", "HostMunicipality", new ContentFieldValue(Text: host)),
                    new ContentFieldIndexEntry("Congress", "StartDate", new ContentFieldValue(Date: new DateTime(year, 11, 18, 0, 0, 0, DateTimeKind.Utc))),
                ],
                Ct);
        }

        var yearField = new ContentFieldRef("Congress", "Year");
        var after2015 = await sut.QueryAsync(
            new ContentQuery
            {
                FieldFilters = [new ContentFieldFilter(yearField, FilterOperator.GreaterThan, new ContentFieldValue(Number: 2015))],
                OrderBy = new ContentOrder(ContentOrderColumn.Field, Descending: false, yearField),
            },
            Ct);
        var tilburg = await sut.QueryAsync(
            new ContentQuery { FieldFilters = [new ContentFieldFilter(new ContentFieldRef("Congress", "HostMunicipality"), FilterOperator.Equal, new ContentFieldValue(Text: "Tilburg"))] },
            Ct);
        var before2016 = await sut.QueryAsync(
            new ContentQuery { FieldFilters = [new ContentFieldFilter(new ContentFieldRef("Congress", "StartDate"), FilterOperator.LessThan, new ContentFieldValue(Date: new DateTime(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc)))] },
            Ct);

        Assert.Equal(["LPB Congres 2017", "LPB Congres 2022"], after2015.Items.Select(i => i.DisplayText));
        Assert.Equal("LPB Congres 2015", Assert.Single(tilburg.Items).DisplayText);
        Assert.Equal(2, before2016.TotalCount);
    }

    [Fact]
    public async Task QueryAsync_WhereConditionTree_CombinesColumnsAndFieldsWithAndOrNot()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        foreach (var (year, host) in new[] { (2014, "Groningen"), (2015, "Tilburg"), (2017, "Leeuwarden"), (2022, "Eindhoven") })
        {
            await sut.SaveAsync(
                ContentItemBuilder.OfType("Congress").Titled($"LPB Congres {year}").AtPath($"congres/{year}").Published(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Build(),
                [new ContentFieldIndexEntry("Congress", "HostMunicipality", new ContentFieldValue(Text: host))],
                Ct);
        }

        var hostField = new ContentFieldRef("Congress", "HostMunicipality");

        // (path ends with 4 OR host starts with "ei") AND NOT (published before 2016)  →  2022 only
        var where = new AllOfCondition(
        [
            new AnyOfCondition(
            [
                new ColumnCondition(ContentColumn.Path, FilterOperator.EndsWith, new ContentFieldValue(Text: "4")),
                new FieldCondition(new ContentFieldFilter(hostField, FilterOperator.StartsWith, new ContentFieldValue(Text: "ei"))),
            ]),
            new NotCondition(new ColumnCondition(ContentColumn.PublishedUtc, FilterOperator.LessThan, new ContentFieldValue(Date: new DateTime(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc)))),
        ]);
        var matched = await sut.QueryAsync(new ContentQuery { Where = where }, Ct);
        var inList = await sut.QueryAsync(
            new ContentQuery
            {
                Where = new ColumnCondition(ContentColumn.DisplayText, FilterOperator.In, new ContentFieldValue()) { Values = [new(Text: "LPB Congres 2015"), new(Text: "LPB Congres 2017")] },
                OrderBy = new ContentOrder(ContentOrderColumn.Published, Descending: true),
                ThenBy = [new ContentOrder(ContentOrderColumn.DisplayText, Descending: true)],
            },
            Ct);

        Assert.Equal("LPB Congres 2022", Assert.Single(matched.Items).DisplayText);
        Assert.Equal(["LPB Congres 2017", "LPB Congres 2015"], inList.Items.Select(i => i.DisplayText));
    }

    [Fact]
    public async Task QueryAsync_AllVersions_ReturnsOldVersionsToo()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var published = ContentItemBuilder.OfType("Page").Titled("Over het LPB").Published().NotLatest().Build();
        await sut.SaveAsync(published, [], Ct);
        await sut.SaveAsync(ContentItemBuilder.OfType("Page").Titled("Over het LPB (concept)").VersionOf(published).Draft().Build(), [], Ct);

        var all = await sut.QueryAsync(new ContentQuery { Scope = VersionScope.All, OrderBy = new ContentOrder(ContentOrderColumn.DisplayText, Descending: false) }, Ct);

        Assert.Equal(["Over het LPB", "Over het LPB (concept)"], all.Items.Select(i => i.DisplayText));
    }

    [Fact]
    public async Task QueryAsync_InjectionAttemptInFilterValue_IsTreatedAsPlainText()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        await sut.SaveAsync(
            ContentItemBuilder.OfType("Gift").Titled("Cadeau").Published().Build(),
            [new ContentFieldIndexEntry("Gift", "Organisation", new ContentFieldValue(Text: "LSA"))],
            Ct);

        var result = await sut.QueryAsync(
            new ContentQuery { FieldFilters = [new ContentFieldFilter(new ContentFieldRef("Gift", "Organisation"), FilterOperator.Equal, new ContentFieldValue(Text: "x' OR '1'='1"))] },
            Ct);

        Assert.Equal(0, result.TotalCount);
        Assert.Equal(1, (await sut.QueryAsync(new ContentQuery(), Ct)).TotalCount);
    }

    [Fact]
    public async Task QueryAsync_InFilter_MatchesAnyOfTheTextValues()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var listField = new ContentFieldRef("ContainedPart", "ListContentItemId");
        foreach (var (title, list) in new[] { ("Bericht A", "list-a"), ("Bericht B", "list-b"), ("Bericht C", "list-c"), ("Bericht D", "list-a") })
        {
            await sut.SaveAsync(
                ContentItemBuilder.OfType("BlogPost").Titled(title).Published().Build(),
                [new ContentFieldIndexEntry(listField.PartName, listField.FieldName, new ContentFieldValue(Text: list))],
                Ct);
        }

        var result = await sut.QueryAsync(
            new ContentQuery
            {
                FieldFilters = [ContentFieldFilter.TextIn(listField, ["list-a", "list-c", "x' OR '1'='1"])],
                OrderBy = new ContentOrder(ContentOrderColumn.DisplayText, Descending: false),
            },
            Ct);
        var none = await sut.QueryAsync(new ContentQuery { FieldFilters = [ContentFieldFilter.TextIn(listField, [])] }, Ct);

        Assert.Equal(["Bericht A", "Bericht C", "Bericht D"], result.Items.Select(i => i.DisplayText));
        Assert.Equal(0, none.TotalCount);
    }

    [Fact]
    public async Task FindPathOwnerAsync_OtherItemHoldsPath_ReturnsItsId()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var item = ContentItemBuilder.OfType("Page").Titled("Over").AtPath("over-het-lpb").Published().Build();
        await sut.SaveAsync(item, [], Ct);

        Assert.Equal(item.ContentItemId, await sut.FindPathOwnerAsync("/over-het-lpb", null, Ct));
        Assert.Null(await sut.FindPathOwnerAsync("over-het-lpb", item.ContentItemId, Ct));
        Assert.Null(await sut.FindPathOwnerAsync("elders", null, Ct));
    }

    [Fact]
    public async Task UnitOfWork_DisposedWithoutCommit_StoresNothingAndRunsRollbackCallbacks()
    {
        await using var services = await database.CreateServicesAsync();
        var rolledBack = false;
        var committed = false;
        string id;
        await using (var scope = services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
            await using var transaction = await unitOfWork.BeginAsync(Ct);
            transaction.OnRolledBack(() => { rolledBack = true; return Task.CompletedTask; });
            transaction.OnCommitted(() => { committed = true; return Task.CompletedTask; });
            var item = ContentItemBuilder.OfType("Page").Titled("Nooit bewaard").Published().Build();
            id = item.ContentItemId;
            await sut.SaveAsync(item, [new ContentFieldIndexEntry("Page", "X", new ContentFieldValue(Text: "y"))], Ct);
        }

        await using var check = services.CreateAsyncScope();
        Assert.Null(await check.ServiceProvider.GetRequiredService<IContentStore>().GetAsync(id, VersionScope.Latest, Ct));
        Assert.True(rolledBack);
        Assert.False(committed);
    }

    [Fact]
    public async Task UnitOfWork_NestedBegin_JoinsOuterTransaction()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var sut = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var item = ContentItemBuilder.OfType("Page").Titled("Samen").Build();
        await using (var outer = await unitOfWork.BeginAsync(Ct))
        {
            await using (var inner = await unitOfWork.BeginAsync(Ct))
            {
                await sut.SaveAsync(item, [], Ct);
                await inner.CommitAsync(Ct);
            }

            await outer.RollbackAsync(Ct);
        }

        Assert.Null(await sut.GetAsync(item.ContentItemId, VersionScope.Latest, Ct));
    }

    [Fact]
    public async Task DocumentStore_StaleStamp_ThrowsConflict()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        var first = await sut.SaveAsync("Site", """{"SiteName":"LPB"}""", null, Ct);
        var second = await sut.SaveAsync("Site", """{"SiteName":"LPB 2"}""", first, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => sut.SaveAsync("Site", """{"SiteName":"oud"}""", first, Ct));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => sut.SaveAsync("Site", "{}", null, Ct));

        var stored = await sut.GetAsync("Site", Ct);
        Assert.Equal(second, stored?.VersionStamp);
        Assert.Equal("""{"SiteName":"LPB 2"}""", stored?.Json);
    }

    [Fact]
    public async Task AppLock_HeldByOne_SecondWaitsUntilReleased()
    {
        await using var services = await database.CreateServicesAsync();
        var sut = services.GetRequiredService<IAppLock>();
        var first = await sut.AcquireAsync("setup", TimeSpan.FromSeconds(5), Ct);

        await Assert.ThrowsAsync<TimeoutException>(() => sut.AcquireAsync("setup", TimeSpan.FromMilliseconds(300), Ct));
        await first.DisposeAsync();
        await using var second = await sut.AcquireAsync("setup", TimeSpan.FromSeconds(5), Ct);
    }

    [Fact]
    public async Task AuditStore_AddedInRolledBackTransaction_LeavesNoEntry()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IAuditStore>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var at = new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);
        await sut.AddAsync(new AuditEvent { OccurredUtc = at, Action = "SignIn", UserName = "admin" }, Ct);
        await sut.AddAsync(new AuditEvent { OccurredUtc = at.AddMinutes(1), Action = "ContentPublished", UserName = "admin", ContentItemId = "x1" }, Ct);
        await using (var transaction = await unitOfWork.BeginAsync(Ct))
        {
            await sut.AddAsync(new AuditEvent { OccurredUtc = at.AddMinutes(2), Action = "ContentPublished", UserName = "admin" }, Ct);
            await transaction.RollbackAsync(Ct);
        }

        var all = await sut.QueryAsync(new AuditQuery(), Ct);
        var published = await sut.QueryAsync(new AuditQuery { Action = "ContentPublished" }, Ct);

        Assert.Equal(2, all.TotalCount);
        Assert.Equal(["ContentPublished", "SignIn"], all.Items.Select(e => e.Action));
        Assert.Equal("x1", Assert.Single(published.Items).ContentItemId);
    }
}
