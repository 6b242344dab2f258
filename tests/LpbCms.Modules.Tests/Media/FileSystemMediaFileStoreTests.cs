using System.Text;
using LpbCms.Media;
using LpbCms.Media.Storage;
using LpbCms.Modules.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LpbCms.Modules.Tests.Media;

public sealed class FileSystemMediaFileStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SaveAsync_NewFile_ReadableWithItsInfo()
    {
        var sut = CreateStore();
        var ct = TestContext.Current.CancellationToken;

        await sut.SaveAsync("blog/2019/post.txt", Text("hallo"), ct);

        var info = await sut.GetFileInfoAsync("blog\\2019\\post.txt", ct);
        Assert.NotNull(info);
        Assert.Equal("blog/2019/post.txt", info.Path);
        Assert.Equal(5, info.Length);
        await using var stream = await sut.OpenReadAsync("blog/2019/post.txt", ct);
        Assert.Equal("hallo", await new StreamReader(stream).ReadToEndAsync(ct));
        Assert.True(File.Exists(_folder.Combine("media", "blog", "2019", "post.txt")));
    }

    [Fact]
    public async Task SaveAsync_ExistingFile_Replaced()
    {
        var sut = CreateStore();
        var ct = TestContext.Current.CancellationToken;
        await sut.SaveAsync("a.txt", Text("old"), ct);

        await sut.SaveAsync("a.txt", Text("newer"), ct);

        Assert.Equal("newer", await File.ReadAllTextAsync(_folder.Combine("media", "a.txt"), ct));
        Assert.Empty(Directory.GetFiles(_folder.Combine("media-staging")));
    }

    [Fact]
    public async Task StageAsync_NotPublished_NotVisible()
    {
        var sut = CreateStore();
        var ct = TestContext.Current.CancellationToken;

        var staged = await sut.StageAsync("a.txt", Text("x"), ct);

        Assert.Equal("a.txt", staged.TargetPath);
        Assert.Null(await sut.GetFileInfoAsync("a.txt", ct));
    }

    [Fact]
    public async Task PublishStagedAsync_StagedFile_MovedIntoPlace()
    {
        var sut = CreateStore();
        var ct = TestContext.Current.CancellationToken;
        var staged = await sut.StageAsync("deep/folder/a.txt", Text("x"), ct);

        await sut.PublishStagedAsync(staged, ct);

        Assert.NotNull(await sut.GetFileInfoAsync("deep/folder/a.txt", ct));
        Assert.Empty(Directory.GetFiles(_folder.Combine("media-staging")));
    }

    [Fact]
    public async Task DiscardStagedAsync_StagedFile_LeavesNothing()
    {
        var sut = CreateStore();
        var ct = TestContext.Current.CancellationToken;
        var staged = await sut.StageAsync("a.txt", Text("x"), ct);

        await sut.DiscardStagedAsync(staged, ct);

        Assert.Null(await sut.GetFileInfoAsync("a.txt", ct));
        Assert.Empty(Directory.GetFiles(_folder.Combine("media-staging")));
    }

    [Fact]
    public async Task PublishStagedAsync_ForgedStagingId_Refused()
    {
        var sut = CreateStore();

        await Assert.ThrowsAsync<InvalidMediaPathException>(() =>
            sut.PublishStagedAsync(new StagedMediaFile("a.txt", "../../lpbcms.db"), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/tmp/outside.txt")]
    [InlineData("a/../../outside.txt")]
    public async Task SaveAsync_PathOutsideRoot_RefusedAndNothingWritten(string path)
    {
        var sut = CreateStore();

        await Assert.ThrowsAsync<InvalidMediaPathException>(() => sut.SaveAsync(path, Text("x"), TestContext.Current.CancellationToken));

        Assert.False(File.Exists(_folder.Combine("outside.txt")));
    }

    [Fact]
    public async Task GetFileInfoAsync_Folder_IsNotAFile()
    {
        var sut = CreateStore();
        var ct = TestContext.Current.CancellationToken;
        await sut.SaveAsync("blog/a.txt", Text("x"), ct);

        var info = await sut.GetFileInfoAsync("blog", ct);

        Assert.Null(info);
    }

    [Fact]
    public async Task DeleteAsync_ExistingAndMissing_ReportsWhetherDeleted()
    {
        var sut = CreateStore();
        var ct = TestContext.Current.CancellationToken;
        await sut.SaveAsync("a.txt", Text("x"), ct);

        var first = await sut.DeleteAsync("a.txt", ct);
        var second = await sut.DeleteAsync("a.txt", ct);

        Assert.True(first);
        Assert.False(second);
    }

    private FileSystemMediaFileStore CreateStore() =>
        new(Options.Create(new MediaOptions { RootPath = _folder.Combine("media"), StagingPath = _folder.Combine("media-staging") }));

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));
}
