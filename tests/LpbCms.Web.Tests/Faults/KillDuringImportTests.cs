using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace LpbCms.Web.Tests.Faults;

/// <summary>
/// <c>kill -9</c> of <c>recipe run</c> in the middle of a large import: the database holds either
/// none of the recipe's items or all of them, never a part, and the site starts on it afterwards.
/// </summary>
public sealed class KillDuringImportTests
{
    private const int Items = 3000;

    [Fact]
    public async Task RecipeRunKilledMidImport_DatabaseHoldsNoneOfTheItems()
    {
        using var folder = new TestFolder();
        var recipe = await KilledRecipeRun.WriteRecipeAsync(folder.Path, Items);
        await using (var setUp = LpbCmsFactory.Create(folder.Path))
        {
            await setUp.InitializeAsync();
        }

        SqliteConnection.ClearAllPools();

        Assert.True(await KilledRecipeRun.RunAndKillMidwayAsync(folder.Path, recipe), "the recipe ended before it could be killed; make it larger");

        Assert.Equal(0, await CountImportedAsync(folder.Path));
        await using var restarted = LpbCmsFactory.Create(folder.Path);
        await restarted.InitializeAsync();
        using var client = restarted.CreateClient();
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(ready.IsSuccessStatusCode, $"/health/ready: {(int)ready.StatusCode}");
    }

    private static async Task<long> CountImportedAsync(string dataPath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "lpbcms.db"), Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(DISTINCT ContentItemId) FROM ContentItemIndex WHERE ContentItemId LIKE $prefix";
        command.Parameters.AddWithValue("$prefix", KilledRecipeRun.IdPrefix + "%");
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
