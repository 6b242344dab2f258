using System.Diagnostics;
using System.Text.Json.Nodes;
using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests.Faults;

/// <summary>
/// <c>recipe run</c> of a large generated recipe in a child process, killed with SIGKILL as soon as
/// it reports items imported: the import is then certainly under way and not committed.
/// </summary>
internal static class KilledRecipeRun
{
    public const string IdPrefix = "killtest";

    /// <summary>A recipe with one content step of <paramref name="count"/> published Gifts whose ids start with <see cref="IdPrefix"/>.</summary>
    public static async Task<string> WriteRecipeAsync(string folder, int count)
    {
        var data = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var gift = ConcurrentApiWriters.NewGift($"Gedood {i}");
            gift["ContentItemId"] = $"{IdPrefix}{i:D18}";
            gift["ContentItemVersionId"] = $"killver{i:D19}";
            gift["Published"] = true;
            gift["Latest"] = true;
            data.Add(gift);
        }

        var recipe = new JsonObject
        {
            ["name"] = "kill-test",
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "content", ["data"] = data }),
        };
        var path = Path.Combine(folder, "kill.recipe.json");
        await File.WriteAllTextAsync(path, recipe.ToJsonString(), TestContext.Current.CancellationToken);
        return path;
    }

    /// <summary>Runs the recipe and kills the process at the first "n/total items" progress line; false when it ended first.</summary>
    public static async Task<bool> RunAndKillMidwayAsync(string dataPath, string recipe)
    {
        using var process = new Process { StartInfo = HostProcess.StartInfo(dataPath, LpbCmsFactory.AdminPassword, ["recipe", "run", recipe]) };
        var progressSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.EndsWith(" items", StringComparison.Ordinal) == true && line.Data.Contains('/', StringComparison.Ordinal))
            {
                progressSeen.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var first = await Task.WhenAny(progressSeen.Task, exited).WaitAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);
        if (first == exited)
        {
            return false;
        }

        // Process.Kill is SIGKILL on Unix: no finally block, no rollback, no disposal runs.
        process.Kill();
        await exited;
        return true;
    }
}
