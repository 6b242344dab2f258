using LpbCms.Users.OpenId;
using Microsoft.Extensions.Time.Testing;

namespace LpbCms.Modules.Tests.Users;

public sealed class ValidatedTokenCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IsKnownValid_AddedWithinLifetime_TrueThenFalseAfterIt()
    {
        var time = new FakeTimeProvider(Start);
        var sut = new ValidatedTokenCache(time);
        sut.Add("token-1", sut.Generation);

        Assert.True(sut.IsKnownValid("token-1"));
        Assert.False(sut.IsKnownValid("token-2"));
        time.Advance(ValidatedTokenCache.Lifetime + TimeSpan.FromSeconds(1));
        Assert.False(sut.IsKnownValid("token-1"));
    }

    [Fact]
    public void Clear_EndsEveryEntryAtOnce()
    {
        var sut = new ValidatedTokenCache(new FakeTimeProvider(Start));
        sut.Add("token-1", sut.Generation);

        sut.Clear();

        Assert.False(sut.IsKnownValid("token-1"));
    }

    [Fact]
    public void Add_LookupStartedBeforeAClear_IsNotRemembered()
    {
        var sut = new ValidatedTokenCache(new FakeTimeProvider(Start));
        var generationAtLookup = sut.Generation;

        sut.Clear();
        sut.Add("token-1", generationAtLookup);

        Assert.False(sut.IsKnownValid("token-1"));
    }
}
