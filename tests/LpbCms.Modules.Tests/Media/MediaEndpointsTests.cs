using System.Text;
using LpbCms.Media;
using LpbCms.Media.Endpoints;
using LpbCms.Media.Storage;
using LpbCms.Modules.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LpbCms.Modules.Tests.Media;

public sealed class MediaEndpointsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IOptions<MediaOptions> _options;
    private readonly FileSystemMediaFileStore _store;

    public MediaEndpointsTests()
    {
        _options = Options.Create(new MediaOptions { RootPath = _folder.Combine("media"), StagingPath = _folder.Combine("staging") });
        _store = new FileSystemMediaFileStore(_options);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task GetMediaFileAsync_ExistingImage_StreamedWithCachingHeaders()
    {
        await SaveAsync("blog/post-bg.jpg", "jpeg bytes");
        var context = new DefaultHttpContext();

        var result = await MediaEndpoints.GetMediaFileAsync("blog/post-bg.jpg", context, _store, _options, TestContext.Current.CancellationToken);

        var file = Assert.IsType<FileStreamHttpResult>(result.Result);
        await using var stream = file.FileStream;
        Assert.Equal("image/jpeg", file.ContentType);
        Assert.NotNull(file.EntityTag);
        Assert.NotNull(file.LastModified);
        Assert.True(file.EnableRangeProcessing);
        Assert.Equal("public, max-age=2592000", context.Response.Headers.CacheControl.ToString());
        Assert.Equal("nosniff", context.Response.Headers.XContentTypeOptions.ToString());
    }

    [Theory]
    [InlineData("../lpbcms.db")]
    [InlineData("blog/../../secret.txt")]
    [InlineData("blog")]
    [InlineData("missing.jpg")]
    [InlineData("script.unknownext")]
    [InlineData(null)]
    public async Task GetMediaFileAsync_NotAServableFile_NotFound(string? path)
    {
        await SaveAsync("blog/a.txt", "x");
        await SaveAsync("script.unknownext", "x");
        await File.WriteAllTextAsync(_folder.Combine("secret.txt"), "secret", TestContext.Current.CancellationToken);

        var result = await MediaEndpoints.GetMediaFileAsync(path, new DefaultHttpContext(), _store, _options, TestContext.Current.CancellationToken);

        Assert.IsType<NotFound>(result.Result);
    }

    [Fact]
    public async Task GetMediaFileAsync_MatchingIfNoneMatch_Answers304WithoutBody()
    {
        await SaveAsync("a.png", "png bytes");
        var ct = TestContext.Current.CancellationToken;
        var first = Assert.IsType<FileStreamHttpResult>((await MediaEndpoints.GetMediaFileAsync("a.png", new DefaultHttpContext(), _store, _options, ct)).Result);
        await first.FileStream.DisposeAsync();
        var context = NewExecutableContext();
        context.Request.Headers.IfNoneMatch = first.EntityTag!.ToString();

        var result = await MediaEndpoints.GetMediaFileAsync("a.png", context, _store, _options, ct);
        await result.ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status304NotModified, context.Response.StatusCode);
        Assert.Equal(0, context.Response.Body.Length);
    }

    [Fact]
    public async Task GetMediaFileAsync_RangeRequest_AnswersPartialContent()
    {
        await SaveAsync("a.txt", "0123456789");
        var context = NewExecutableContext();
        context.Request.Headers.Range = "bytes=2-4";

        var result = await MediaEndpoints.GetMediaFileAsync("a.txt", context, _store, _options, TestContext.Current.CancellationToken);
        await result.ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status206PartialContent, context.Response.StatusCode);
        Assert.Equal("234", Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()));
    }

    private static DefaultHttpContext NewExecutableContext() => new()
    {
        RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
        Request = { Method = HttpMethods.Get },
        Response = { Body = new MemoryStream() },
    };

    private Task SaveAsync(string path, string text) =>
        _store.SaveAsync(path, new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);
}
