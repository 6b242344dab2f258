using LpbCms.Contents.Services;

namespace LpbCms.Contents.Tests.Services;

public sealed class SlugServiceTests
{
    private readonly SlugService _sut = new();

    [Theory]
    [InlineData("Oriëntatie", "orientatie")]
    [InlineData("één", "een")]
    [InlineData("café", "cafe")]
    [InlineData("Vijf gelukwensen van het LSA", "vijf-gelukwensen-van-het-lsa")]
    [InlineData("Coöperatie en reünie", "cooperatie-en-reunie")]
    [InlineData("Ĳsselmeer", "ijsselmeer")]
    [InlineData("Straße", "strasse")]
    [InlineData("Søren Ærø", "soren-aero")]
    public void Slugify_DutchAndLatinText_RemovesDiacriticsAndLowercases(string text, string expected)
    {
        var slug = _sut.Slugify(text);

        Assert.Equal(expected, slug);
    }

    [Theory]
    [InlineData("  Hallo,   wereld!  ", "hallo-wereld")]
    [InlineData("25 jaar LPB: een feest?!", "25-jaar-lpb-een-feest")]
    [InlineData("a/b\\c", "a-b-c")]
    [InlineData("--al--streepjes--", "al-streepjes")]
    [InlineData("foto's van 't congres", "fotos-van-t-congres")]
    [InlineData("\"Citaat\" — (2019)", "citaat-2019")]
    public void Slugify_Punctuation_BecomesSingleHyphensTrimmed(string text, string expected)
    {
        var slug = _sut.Slugify(text);

        Assert.Equal(expected, slug);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!…")]
    public void Slugify_NothingAlphanumeric_ReturnsEmpty(string? text)
    {
        var slug = _sut.Slugify(text);

        Assert.Equal("", slug);
    }

    [Fact]
    public void Slugify_LongText_IsCutToMaxLengthWithoutTrailingHyphen()
    {
        var text = string.Concat(Enumerable.Repeat("woord ", 400));

        var slug = _sut.Slugify(text);

        Assert.True(slug.Length <= SlugService.MaxLength, $"length {slug.Length}");
        Assert.True(slug.Length > SlugService.MaxLength - 6, $"length {slug.Length}");
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("woord-woord", slug, StringComparison.Ordinal);
    }
}
