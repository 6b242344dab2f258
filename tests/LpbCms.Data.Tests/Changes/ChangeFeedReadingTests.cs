using LpbCms.Core.Changes;
using LpbCms.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static LpbCms.Data.Tests.Changes.ChangeFeedTestScope;

namespace LpbCms.Data.Tests.Changes;

/// <summary>Reading the feed in batches, consumers' cursors, and pruning by age on a clock the test drives.</summary>
public abstract class ChangeFeedReadingTests(IDatabaseFixture database)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_AfterSequenceWithMax_ReturnsTheNextRowsInOrder()
    {
        await using var services = await StartAsync(new FakeTimeProvider(Start));
        await AppendAsync(services, ContentChangeEvent.Created, ContentChangeEvent.Published, ContentChangeEvent.DraftSaved, ContentChangeEvent.Deleted);
        var all = await ReadAsync(services, 0);

        var page = await ReadAsync(services, all[0].Sequence, max: 2);

        Assert.Equal([ContentChangeEvent.Published, ContentChangeEvent.DraftSaved], page.Select(c => c.Event));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal(all[^1].Sequence, await LatestAsync(services));
    }

    [Fact]
    public async Task GetLatestSequenceAsync_EmptyFeed_IsZero()
    {
        await using var services = await StartAsync(new FakeTimeProvider(Start));

        Assert.Equal(0, await LatestAsync(services));
    }

    [Fact]
    public async Task AdvanceAsync_NewConsumer_StoresThePositionAndResumesFromIt()
    {
        await using var services = await StartAsync(new FakeTimeProvider(Start));
        await AppendAsync(services, ContentChangeEvent.Created, ContentChangeEvent.Published, ContentChangeEvent.Deleted);
        Assert.Null(await CursorAsync(services, "webhooks"));
        var firstBatch = await ReadAsync(services, 0, max: 2);

        await AdvanceAsync(services, "webhooks", firstBatch[^1].Sequence);
        var resumed = await ReadAsync(services, await CursorAsync(services, "webhooks") ?? 0);

        Assert.Equal([ContentChangeEvent.Deleted], resumed.Select(c => c.Event));
        Assert.Null(await CursorAsync(services, "search"));
    }

    [Fact]
    public async Task AdvanceAsync_LowerSequence_NeverMovesBack()
    {
        await using var services = await StartAsync(new FakeTimeProvider(Start));
        await AdvanceAsync(services, "webhooks", 7);

        var stored = await AdvanceAsync(services, "webhooks", 3);

        Assert.Equal(7, stored);
        Assert.Equal(7, await CursorAsync(services, "webhooks"));
        Assert.Equal(9, await AdvanceAsync(services, "webhooks", 9));
    }

    [Fact]
    public async Task PruneOnceAsync_RowsOlderThanRetention_AreDeletedAndNewerKept()
    {
        var clock = new FakeTimeProvider(Start);
        await using var services = await StartAsync(clock);
        await AppendAsync(services, ContentChangeEvent.Created);
        clock.Advance(TimeSpan.FromDays(20));
        await AppendAsync(services, ContentChangeEvent.Published);
        clock.Advance(TimeSpan.FromDays(11));

        var deleted = await services.GetRequiredService<ChangeFeedPruningService>().PruneOnceAsync(Ct);

        Assert.Equal(1, deleted);
        Assert.Equal([ContentChangeEvent.Published], (await ReadAsync(services, 0)).Select(c => c.Event));
    }

    [Fact]
    public async Task ExecuteAsync_IntervalPasses_PrunesWithTheConfiguredRetention()
    {
        var clock = new FakeTimeProvider(Start);
        await using var services = await StartAsync(clock, options => options.RetentionDays = 10);
        await AppendAsync(services, ContentChangeEvent.Created);
        clock.Advance(TimeSpan.FromDays(10));
        await AppendAsync(services, ContentChangeEvent.Published);
        var sut = services.GetRequiredService<ChangeFeedPruningService>();
        await sut.StartAsync(Ct);

        var remaining = await RunIntervalsUntilAsync(services, clock, rows => rows.Count == 1);
        await sut.StopAsync(Ct);

        Assert.Equal([ContentChangeEvent.Published], remaining.Select(c => c.Event));
    }

    private async Task<ServiceProvider> StartAsync(FakeTimeProvider clock, Action<ChangeFeedOptions>? configure = null) =>
        await database.CreateServicesAsync(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.Configure(configure ?? (_ => { }));
        });

    private static Task AppendAsync(IServiceProvider services, params ContentChangeEvent[] events) =>
        InScopeAsync(services, async sp =>
        {
            var recorder = sp.GetRequiredService<ContentChangeRecorder>();
            foreach (var what in events)
            {
                await recorder.RecordAsync(what, Ct);
            }
        });

    private static Task<long?> CursorAsync(IServiceProvider services, string consumer) =>
        InScopeAsync(services, sp => sp.GetRequiredService<IChangeFeedCursorStore>().GetAsync(consumer, Ct));

    private static Task<long> AdvanceAsync(IServiceProvider services, string consumer, long sequence) =>
        InScopeAsync(services, sp => sp.GetRequiredService<IChangeFeedCursorStore>().AdvanceAsync(consumer, sequence, Ct));

    /// <summary>
    /// The service waits on its own thread, which may not have started its timer yet: move the clock
    /// one interval at a time (bounded; far fewer steps than would make the newer row old) until the
    /// rows are as expected.
    /// </summary>
    private static async Task<IReadOnlyList<ContentChange>> RunIntervalsUntilAsync(
        IServiceProvider services, FakeTimeProvider clock, Func<IReadOnlyList<ContentChange>, bool> done)
    {
        var interval = services.GetRequiredService<IOptions<ChangeFeedOptions>>().Value.PruneInterval;
        for (var step = 0; step < 100; step++)
        {
            clock.Advance(interval);
            await Task.Delay(50, Ct);
            var rows = await ReadAsync(services, 0);
            if (done(rows))
            {
                return rows;
            }
        }

        return await ReadAsync(services, 0);
    }
}
