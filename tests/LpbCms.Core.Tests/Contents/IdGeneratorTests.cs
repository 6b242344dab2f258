using LpbCms.Core.Contents;

namespace LpbCms.Core.Tests.Contents;

public sealed class IdGeneratorTests
{
    [Fact]
    public void NewId_Always_Is26CharactersOfTheBase32Alphabet()
    {
        var sut = IdGenerator.NewId();

        Assert.Equal(26, sut.Length);
        Assert.All(sut, c => Assert.Contains(c, "0123456789abcdefghjkmnpqrstvwxyz"));
        Assert.True(IdGenerator.IsValid(sut));
    }

    [Fact]
    public void NewId_ManyCalls_AreUniqueAndUseTheWholeAlphabet()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => IdGenerator.NewId()).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(IdGenerator.Alphabet.Length, ids.SelectMany(id => id).Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("4x8k7m2q9r1s3t5v6w0y8z2a1")]
    [InlineData("4x8k7m2q9r1s3t5v6w0y8z2a1bb")]
    [InlineData("4X8K7M2Q9R1S3T5V6W0Y8Z2A1B")]
    [InlineData("4x8k7m2q9r1s3t5v6w0y8z2a1i")]
    public void IsValid_NotAnId_ReturnsFalse(string id) => Assert.False(IdGenerator.IsValid(id));
}
