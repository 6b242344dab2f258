using System.Net;
using LpbCms.Core.Media;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace LpbCms.Web.Tests.Media;

/// <summary>Resized variants at <c>/media/{path}?width=&amp;height=&amp;mode=&amp;format=</c>: only configured sizes, cached on disk.</summary>
public sealed class ResizedImageTests(LpbCmsFactory factory) : IClassFixture<LpbCmsFactory>
{
    [Fact]
    public async Task Get_AllowedWidth_ServesResizedPngKeepingAspectWithLongCacheLifetime()
    {
        await StoreImageAsync("formaat/breed.png", 800, 400);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/media/formaat/breed.png?width=320", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(30));
        Assert.NotNull(response.Headers.ETag);
        using var image = Image.Load(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal((320, 160), (image.Width, image.Height));
    }

    [Fact]
    public async Task Get_CropToWebp_ServesExactBoxInWebpAndCachesOnDisk()
    {
        await StoreImageAsync("formaat/vierkant.png", 900, 500);
        using var client = factory.CreateClient();
        var url = new Uri("/media/formaat/vierkant.png?width=160&height=160&mode=crop&format=webp", UriKind.Relative);

        using var first = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var cached = Variants("160x160-crop-*.webp");
        using var second = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/webp", first.Content.Headers.ContentType?.MediaType);
        using var image = Image.Load(await first.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal((160, 160), (image.Width, image.Height));
        Assert.Single(cached);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Theory]
    [InlineData("width=161")]
    [InlineData("width=5000")]
    [InlineData("height=-1")]
    [InlineData("width=abc")]
    [InlineData("width=320&mode=zoom")]
    [InlineData("width=320&format=bmp")]
    [InlineData("mode=crop")]
    public async Task Get_SizeOrOptionOutsideConfiguredSet_BadRequestAndNothingRendered(string query)
    {
        await StoreImageAsync("formaat/geweigerd.png", 400, 300);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/media/formaat/geweigerd.png?" + query, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/media/formaat/bestaat-niet.png?width=160")]
    [InlineData("/media/formaat/verslag.pdf?width=160")]
    [InlineData("/media/..%2F..%2Fgeheim.png?width=160")]
    public async Task Get_MissingNonImageOrEscapingPath_NotFound(string url)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await using var pdf = new MemoryStream("%PDF-1.4\n"u8.ToArray());
            await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().UploadAsync("formaat", "verslag.pdf", pdf.Length, pdf, TestContext.Current.CancellationToken);
        }

        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_SourceDeletedThroughLibrary_VariantsRemovedAndNotFound()
    {
        await StoreImageAsync("formaat/weg.png", 400, 300);
        using var client = factory.CreateClient();
        using var before = await client.GetAsync(new Uri("/media/formaat/weg.png?width=160", UriKind.Relative), TestContext.Current.CancellationToken);
        var variantsBefore = Variants("160x0-max-*.png");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().DeleteAsync("formaat/weg.png", TestContext.Current.CancellationToken);
        }

        using var after = await client.GetAsync(new Uri("/media/formaat/weg.png?width=160", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Single(variantsBefore);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Empty(Variants("160x0-max-*.png"));
    }

    private string[] Variants(string pattern) =>
        Directory.GetFiles(Path.Combine(factory.DataPath, "media-cache"), pattern, SearchOption.AllDirectories);

    private async Task StoreImageAsync(string path, int width, int height)
    {
        var file = Path.Combine(factory.DataPath, "media", path);
        if (File.Exists(file))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var image = new Image<Rgba32>(width, height, new Rgba32(30, 90, 160));
        await image.SaveAsPngAsync(file, TestContext.Current.CancellationToken);
    }
}
