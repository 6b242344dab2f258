using LpbCms.Core.Changes;

namespace LpbCms.Core.Tests.Changes;

public sealed class ChangeFeedOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        var sut = new ChangeFeedOptionsValidator();

        var result = sut.Validate(null, new ChangeFeedOptions());

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(0, "RetentionDays")]
    [InlineData(-5, "RetentionDays")]
    [InlineData(ChangeFeedOptions.MaxRetentionDays + 1, "RetentionDays")]
    public void Validate_RetentionOutOfRange_FailsNamingTheKey(int days, string key)
    {
        var sut = new ChangeFeedOptionsValidator();

        var result = sut.Validate(null, new ChangeFeedOptions { RetentionDays = days });

        Assert.True(result.Failed);
        Assert.Contains($"LpbCms:ChangeFeed:{key}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2 * 24 * 60)]
    public void Validate_PruneIntervalOutOfRange_FailsNamingTheKey(int minutes)
    {
        var sut = new ChangeFeedOptionsValidator();

        var result = sut.Validate(null, new ChangeFeedOptions { PruneInterval = TimeSpan.FromMinutes(minutes) });

        Assert.True(result.Failed);
        Assert.Contains("LpbCms:ChangeFeed:PruneInterval", result.FailureMessage, StringComparison.Ordinal);
    }
}
