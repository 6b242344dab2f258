using LpbCms.Media.Storage;

namespace LpbCms.Modules.Tests.Media;

public sealed class MediaPathTests
{
    [Theory]
    [InlineData("post-bg.jpg", "post-bg.jpg")]
    [InlineData("blog\\2019//./post.jpg", "blog/2019/post.jpg")]
    [InlineData("blog/", "blog")]
    [InlineData("cadeaus/vijf gelukwensen.pdf", "cadeaus/vijf gelukwensen.pdf")]
    public void Normalize_RelativePath_ReturnsCleanForwardSlashedPath(string path, string expected)
    {
        var result = MediaPath.Normalize(path);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Normalize_DecomposedUnicode_ComposesIt()
    {
        var result = MediaPath.Normalize("Orie\u0308ntatie.jpg");

        Assert.Equal("Ori\u00ebntatie.jpg", result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    [InlineData("./")]
    [InlineData("/etc/passwd")]
    [InlineData("\\\\server\\share\\x.jpg")]
    [InlineData("C:/Windows/x.jpg")]
    [InlineData("file.jpg:stream")]
    [InlineData("../lpbcms.db")]
    [InlineData("blog/../../lpbcms.db")]
    [InlineData("blog\\..\\..\\x")]
    [InlineData("a\0b.jpg")]
    [InlineData("a\nb.jpg")]
    [InlineData("CON")]
    [InlineData("blog/nul.txt")]
    [InlineData("blog/COM1.jpg")]
    [InlineData(".htaccess")]
    [InlineData("blog/.staging/x.jpg")]
    [InlineData("blog./x.jpg")]
    [InlineData("blog /x.jpg")]
    [InlineData("x?.jpg")]
    [InlineData("x*.jpg")]
    [InlineData("x<y>.jpg")]
    public void TryNormalize_UnsafePath_IsRefusedWithReason(string path)
    {
        var ok = MediaPath.TryNormalize(path, out var normalized, out var error);

        Assert.False(ok);
        Assert.Null(normalized);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void TryNormalize_TooLongPath_IsRefused()
    {
        var path = string.Join('/', Enumerable.Repeat("folder", 200));

        var ok = MediaPath.TryNormalize(path, out _, out var error);

        Assert.False(ok);
        Assert.Contains("longer than", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_EscapingPath_ThrowsInvalidMediaPathException()
    {
        var ex = Assert.Throws<InvalidMediaPathException>(() => MediaPath.Normalize("../secret.txt"));

        Assert.Contains("'..'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("con", true)]
    [InlineData("Aux.txt", true)]
    [InlineData("lpt9.tar.gz", true)]
    [InlineData("console.txt", false)]
    [InlineData("com10", false)]
    public void IsReservedName_DeviceNames_Recognized(string name, bool expected)
    {
        var result = MediaPath.IsReservedName(name);

        Assert.Equal(expected, result);
    }
}
