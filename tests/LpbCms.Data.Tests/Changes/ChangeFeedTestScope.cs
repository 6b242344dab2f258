using LpbCms.Core.Changes;
using LpbCms.Core.Contents;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Data.Tests.Changes;

/// <summary>Helpers for the change-feed suites: each call runs in its own DI scope, as requests do.</summary>
internal static class ChangeFeedTestScope
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = services.CreateAsyncScope();
        return await act(scope.ServiceProvider);
    }

    public static async Task InScopeAsync(IServiceProvider services, Func<IServiceProvider, Task> act)
    {
        await using var scope = services.CreateAsyncScope();
        await act(scope.ServiceProvider);
    }

    public static Task<T> WithManagerAsync<T>(IServiceProvider services, Func<IContentManager, Task<T>> act) =>
        InScopeAsync(services, sp => act(sp.GetRequiredService<IContentManager>()));

    public static Task WithManagerAsync(IServiceProvider services, Func<IContentManager, Task> act) =>
        InScopeAsync(services, sp => act(sp.GetRequiredService<IContentManager>()));

    public static Task<long> LatestAsync(IServiceProvider services) =>
        InScopeAsync(services, sp => sp.GetRequiredService<IChangeFeed>().GetLatestSequenceAsync(Ct));

    public static Task<IReadOnlyList<ContentChange>> ReadAsync(IServiceProvider services, long after, int max = 100) =>
        InScopeAsync(services, sp => sp.GetRequiredService<IChangeFeed>().ReadAsync(after, max, Ct));

    /// <summary>The events stored after <paramref name="after"/>, as "Event" or "Event:ContentType", in sequence order.</summary>
    public static async Task<string[]> EventsAfterAsync(IServiceProvider services, long after) =>
        [.. (await ReadAsync(services, after)).Select(c => c.ContentType is null ? c.Event.ToString() : $"{c.Event}:{c.ContentType}")];
}
