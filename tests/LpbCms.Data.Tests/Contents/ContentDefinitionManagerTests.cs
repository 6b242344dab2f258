using LpbCms.Core.Contents.Metadata;
using LpbCms.Core.Storage;
using LpbCms.Data;
using LpbCms.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data.Tests.Contents;

/// <summary>The definition document through the real document store: caching by stamp and rollback.</summary>
public abstract class ContentDefinitionManagerTests(IDatabaseFixture database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateAsync_Committed_NewScopeReadsTheChange()
    {
        await using var services = await database.CreateServicesAsync();
        await InScopeAsync(services, sut => sut.UpdateAsync(d => d.ContentTypes.Add(new ContentTypeDefinition { Name = "Page" }), Ct));

        var type = await InScopeAsync(services, sut => sut.GetTypeDefinitionAsync("Page", Ct));

        Assert.Equal("Page", type?.Name);
        Assert.Null(await InScopeAsync(services, sut => sut.GetTypeDefinitionAsync("page", Ct)));
    }

    [Fact]
    public async Task UpdateAsync_InsideRolledBackTransaction_ChangeIsNeverServed()
    {
        await using var services = await database.CreateServicesAsync();
        await using var scope = services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
        await using (var transaction = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync(Ct))
        {
            await sut.UpdateAsync(d => d.ContentTypes.Add(new ContentTypeDefinition { Name = "Page" }), Ct);
            Assert.NotNull(await sut.GetTypeDefinitionAsync("Page", Ct));
            await transaction.RollbackAsync(Ct);
        }

        Assert.Null(await sut.GetTypeDefinitionAsync("Page", Ct));
        Assert.Null(await InScopeAsync(services, other => other.GetTypeDefinitionAsync("Page", Ct)));
    }

    [Fact]
    public async Task GetDocumentAsync_DocumentChangedInStoreByAnotherProcess_NextScopeSeesIt()
    {
        await using var services = await database.CreateServicesAsync();
        await InScopeAsync(services, sut => sut.UpdateAsync(d => d.ContentTypes.Add(new ContentTypeDefinition { Name = "Page" }), Ct));
        Assert.NotNull(await InScopeAsync(services, sut => sut.GetTypeDefinitionAsync("Page", Ct)));

        await using (var scope = services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
            var stored = await store.GetAsync(ContentDefinitionManager.DocumentName, Ct);
            await store.SaveAsync(ContentDefinitionManager.DocumentName, """{"ContentTypes":[{"Name":"Gift"}],"ContentParts":[]}""", stored!.VersionStamp, Ct);
        }

        var document = await InScopeAsync(services, sut => sut.GetDocumentAsync(Ct));
        Assert.Equal("Gift", Assert.Single(document.ContentTypes).Name);
    }

    [Fact]
    public async Task UpdateAsync_DuplicateTypeName_ThrowsAndStoresNothing()
    {
        await using var services = await database.CreateServicesAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => InScopeAsync(services, sut => sut.UpdateAsync(
            d =>
            {
                d.ContentTypes.Add(new ContentTypeDefinition { Name = "Page" });
                d.ContentTypes.Add(new ContentTypeDefinition { Name = "Page" });
            },
            Ct)));

        Assert.Empty((await InScopeAsync(services, sut => sut.GetDocumentAsync(Ct))).ContentTypes);
    }

    [Fact]
    public async Task UpdateAsync_RemovingAFieldOrItsType_DeletesItsFieldIndexRowsInTheSameTransaction()
    {
        await using var services = await database.CreateServicesAsync();
        await InScopeAsync(services, sut => sut.UpdateAsync(DefineCongress, Ct));
        await SaveCongressAsync(services);
        Assert.Equal(["HostMunicipality", "ListContentItemId", "Year"], await IndexedFieldsAsync(services));

        await InScopeAsync(services, sut => sut.UpdateAsync(d => d.FindPartDefinition("Congress")!.ContentPartFieldDefinitionRecords.RemoveAt(0), Ct));
        Assert.Equal(["HostMunicipality", "ListContentItemId"], await IndexedFieldsAsync(services));

        await InScopeAsync(services, sut => sut.UpdateAsync(d => d.ContentTypes.Clear(), Ct));
        Assert.Equal(["ListContentItemId"], await IndexedFieldsAsync(services));
    }

    [Fact]
    public async Task UpdateAsync_AFieldChangingItsType_LosesRowsOfTheOldKind()
    {
        await using var services = await database.CreateServicesAsync();
        await InScopeAsync(services, sut => sut.UpdateAsync(DefineCongress, Ct));
        await SaveCongressAsync(services);

        await InScopeAsync(services, sut => sut.UpdateAsync(d => d.FindPartDefinition("Congress")!.ContentPartFieldDefinitionRecords[0].FieldName = "TextField", Ct));

        Assert.Equal(["HostMunicipality", "ListContentItemId"], await IndexedFieldsAsync(services));
    }

    [Fact]
    public async Task UpdateAsync_RefusedChange_KeepsTheFieldIndexRows()
    {
        await using var services = await database.CreateServicesAsync();
        await InScopeAsync(services, sut => sut.UpdateAsync(DefineCongress, Ct));
        await SaveCongressAsync(services);

        await Assert.ThrowsAsync<InvalidOperationException>(() => InScopeAsync(services, sut => sut.UpdateAsync(
            d =>
            {
                d.ContentTypes.Clear();
                d.ContentParts.Add(new ContentPartDefinition { Name = "Congress" });
            },
            Ct)));

        Assert.Equal(["HostMunicipality", "ListContentItemId", "Year"], await IndexedFieldsAsync(services));
    }

    private static void DefineCongress(ContentDefinitionDocument document)
    {
        document.ContentTypes.Add(new ContentTypeDefinition
        {
            Name = "Congress",
            ContentTypePartDefinitionRecords = [new ContentTypePartDefinition { PartName = "Congress", Name = "Congress" }],
        });
        document.ContentParts.Add(new ContentPartDefinition
        {
            Name = "Congress",
            ContentPartFieldDefinitionRecords =
            [
                new ContentPartFieldDefinition { FieldName = "NumericField", Name = "Year" },
                new ContentPartFieldDefinition { FieldName = "TextField", Name = "HostMunicipality" },
            ],
        });
    }

    /// <summary>A congress with index rows for both fields and for its list (ContainedPart, which no definition names).</summary>
    private static async Task SaveCongressAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IContentStore>().SaveAsync(
            ContentItemBuilder.OfType("Congress").Titled("LPB Congres 2017").Published().Build(),
            [
                new ContentFieldIndexEntry("Congress", "Year", new ContentFieldValue(Number: 2017)),
                new ContentFieldIndexEntry("Congress", "HostMunicipality", new ContentFieldValue(Text: "Leeuwarden")),
                new ContentFieldIndexEntry("ContainedPart", "ListContentItemId", new ContentFieldValue(Text: "4c0b1c2d3e4f5g6h7j8k9m0n1p")),
            ],
            Ct);
    }

    private static async Task<List<string>> IndexedFieldsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LpbDbContext>().ContentFieldIndex
            .Select(f => f.FieldName).OrderBy(f => f).ToListAsync(Ct);
    }

    private static async Task<T> InScopeAsync<T>(ServiceProvider services, Func<IContentDefinitionManager, Task<T>> act)
    {
        await using var scope = services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>());
    }

    private static async Task InScopeAsync(ServiceProvider services, Func<IContentDefinitionManager, Task> act)
    {
        await using var scope = services.CreateAsyncScope();
        await act(scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>());
    }
}
