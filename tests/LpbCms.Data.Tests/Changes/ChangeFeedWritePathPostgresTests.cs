using LpbCms.Core.Changes;
using LpbCms.Core.Storage;
using LpbCms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static LpbCms.Data.Tests.Changes.ChangeFeedTestScope;

namespace LpbCms.Data.Tests.Changes;

public sealed class ChangeFeedWritePathPostgresTests(PostgresDatabaseFixture database)
    : ChangeFeedWritePathTests(database), IClassFixture<PostgresDatabaseFixture>
{
    private readonly PostgresDatabaseFixture _database = database;

    /// <summary>
    /// Only PostgreSQL lets two writing transactions overlap (SQLite has one writer), so only there
    /// could a transaction that appended first commit last. Its row must still come after everything
    /// a reader has already seen, or a consumer that moved its cursor past it would never read it.
    /// </summary>
    [Fact]
    public async Task AppendAsync_TransactionThatAppendedFirstCommitsLast_GetsTheHigherSequence()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = await _database.CreateServicesAsync();
        await using var slow = services.CreateAsyncScope();
        await using var transaction = await slow.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync(ct);
        await slow.ServiceProvider.GetRequiredService<ContentChangeRecorder>().RecordAsync(ContentChangeEvent.DefinitionChanged, ct);

        await InScopeAsync(services, sp => sp.GetRequiredService<ContentChangeRecorder>().RecordAsync(ContentChangeEvent.SettingsChanged, ct));
        var seen = Assert.Single(await ReadAsync(services, 0));
        await transaction.CommitAsync(ct);

        var later = Assert.Single(await ReadAsync(services, seen.Sequence));
        Assert.Equal((ContentChangeEvent.SettingsChanged, ContentChangeEvent.DefinitionChanged), (seen.Event, later.Event));
    }
}
