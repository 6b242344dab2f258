using System.Text.Json.Nodes;
using LpbCms.Admin.Services;
using LpbCms.Core.Contents;
using LpbCms.Core.Storage;
using LpbCms.Core.Media;
using LpbCms.Core.Recipes;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Faults;

/// <summary>
/// Media on a 1 MB tmpfs (the database stays on the ordinary disk): an upload or a recipe import
/// that does not fit is refused with a clear message and leaves no file behind, and the recipe's
/// other data is rolled back with it.
/// </summary>
public sealed class FullDiskTests
{
    private const int TooLarge = 2 * 1024 * 1024;

    [Fact]
    public async Task Upload_LargerThanFreeSpace_RefusedInDutchAndNothingStored()
    {
        await using var disk = await TinyFileSystem.MountAsync();
        await using var site = await StartSiteAsync(disk);
        await using var scope = site.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<IMediaLibrary>();
        using var content = new MemoryStream(Png(TooLarge));

        var refused = await Assert.ThrowsAsync<MediaLibraryException>(
            () => library.UploadAsync(null, "groot.png", content.Length, content, TestContext.Current.CancellationToken));

        Assert.Equal(MediaLibraryError.StorageFull, refused.Error);
        Assert.Equal(
            "'groot.png' is niet opgeslagen: de schijf is vol. Vraag de beheerder om ruimte vrij te maken en probeer het daarna opnieuw.",
            MediaMessages.For(refused, library, "groot.png"));
        Assert.Empty(disk.Files());
    }

    [Fact]
    public async Task RecipeImport_MediaLargerThanFreeSpace_FailsClearlyAndKeepsNothing()
    {
        await using var disk = await TinyFileSystem.MountAsync();
        await using var site = await StartSiteAsync(disk);
        var recipe = await WriteRecipeAsync(site.DataPath);
        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var descriptor = await services.GetRequiredService<IRecipeReader>().ReadFileAsync(recipe, TestContext.Current.CancellationToken);

        var failed = await Assert.ThrowsAsync<RecipeException>(
            () => services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(descriptor, new RecipeExecutionContext(), TestContext.Current.CancellationToken));

        Assert.Contains("not enough disk space", failed.Message, StringComparison.Ordinal);
        Assert.Empty(disk.Files());
        await using var check = site.Services.CreateAsyncScope();
        Assert.Null(await check.ServiceProvider.GetRequiredService<IContentManager>().GetAsync("diskfull00000000000000001", VersionScope.Latest, TestContext.Current.CancellationToken));
    }

    private static async Task<LpbCmsFactory> StartSiteAsync(TinyFileSystem disk)
    {
        var site = LpbCmsFactory.Create(settings: new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["LpbCms:Media:RootPath"] = Path.Combine(disk.Path, "media"),
            ["LpbCms:Media:StagingPath"] = Path.Combine(disk.Path, "staging"),
            ["LpbCms:Media:CachePath"] = Path.Combine(disk.Path, "cache"),
        });
        await site.InitializeAsync();
        return site;
    }

    /// <summary>A content step that stores an item, then a media step whose file does not fit.</summary>
    private static async Task<string> WriteRecipeAsync(string folder)
    {
        var gift = ConcurrentApiWriters.NewGift("Schijf vol");
        gift["ContentItemId"] = "diskfull00000000000000001";
        gift["ContentItemVersionId"] = "diskfullversion0000000001";
        gift["Published"] = true;
        gift["Latest"] = true;
        var recipe = new JsonObject
        {
            ["name"] = "full-disk",
            ["steps"] = new JsonArray(
                new JsonObject { ["name"] = "content", ["data"] = new JsonArray(gift) },
                new JsonObject
                {
                    ["name"] = "media",
                    ["Files"] = new JsonArray(new JsonObject { ["TargetPath"] = "groot.png", ["Base64"] = Convert.ToBase64String(Png(TooLarge)) }),
                }),
        };
        var path = Path.Combine(folder, "full-disk.recipe.json");
        await File.WriteAllTextAsync(path, recipe.ToJsonString(), TestContext.Current.CancellationToken);
        return path;
    }

    /// <summary>PNG's signature followed by zeros: enough for the upload's content check.</summary>
    private static byte[] Png(int length)
    {
        var bytes = new byte[length];
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        return bytes;
    }
}
