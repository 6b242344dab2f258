using LpbCms.Media.Storage;

namespace LpbCms.Modules.Tests.Media;

public sealed class MediaFileNameTests
{
    [Theory]
    [InlineData("C:\\fakepath\\Mijn foto.JPG", "Mijn foto.JPG")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a<b>c?.png", "a-b-c-.png")]
    [InlineData("rapport: 2019|\"def\"*.pdf", "rapport- 2019--def--.pdf")]
    [InlineData("  ..verborgen.txt.. ", "verborgen.txt")]
    [InlineData("tab\there\r\nnew   line.jpg", "tab here new line.jpg")]
    [InlineData("con.txt", "_con.txt")]
    [InlineData("NUL", "_NUL")]
    [InlineData("Oriëntatie.jpg", "Oriëntatie.jpg")]
    public void Sanitize_UserFileName_ReturnsSafeName(string fileName, string expected)
    {
        var result = MediaFileName.Sanitize(fileName);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Sanitize_DecomposedUnicode_ComposesIt()
    {
        var result = MediaFileName.Sanitize("e\u0301e\u0301n.png");

        Assert.Equal("\u00e9\u00e9n.png", result);
    }

    [Fact]
    public void Sanitize_LongName_ShortenedKeepingExtension()
    {
        var result = MediaFileName.Sanitize(new string('a', 300) + ".jpeg");

        Assert.Equal(MediaFileName.MaxLength, result.Length);
        Assert.EndsWith("a.jpeg", result, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("...")]
    [InlineData("folder/")]
    [InlineData(" \t ")]
    public void Sanitize_NothingUsable_Throws(string? fileName)
    {
        Assert.Throws<InvalidMediaPathException>(() => MediaFileName.Sanitize(fileName));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".env")]
    [InlineData("x:y")]
    [InlineData("com1.jpg")]
    [InlineData("a\0b")]
    [InlineData("trailing. ")]
    public void Sanitize_AnyName_ResultIsAValidMediaPath(string fileName)
    {
        var result = MediaFileName.Sanitize(fileName + ".txt");

        Assert.True(MediaPath.TryNormalize(result, out var normalized, out var error), error);
        Assert.Equal(result, normalized);
    }
}
