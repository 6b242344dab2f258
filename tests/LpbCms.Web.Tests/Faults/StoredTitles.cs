using LpbCms.Core.Contents;
using LpbCms.Core.Storage;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Faults;

/// <summary>The stored title (latest version) of every item an acknowledged write touched, read from the database, not a cache.</summary>
internal static class StoredTitles
{
    public static async Task<IReadOnlyDictionary<string, string?>> ReadAsync(LpbCmsFactory factory, WriterLoadResult result)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var id in result.Acknowledged.Select(w => w.ItemId).Distinct(StringComparer.Ordinal))
        {
            var item = await contents.GetAsync(id, VersionScope.Latest, TestContext.Current.CancellationToken);
            titles[id] = (string?)item?.Content["TitlePart"]?["Title"];
        }

        return titles;
    }
}
