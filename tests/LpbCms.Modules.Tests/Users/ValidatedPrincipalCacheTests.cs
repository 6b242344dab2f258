using System.Security.Claims;
using LpbCms.Users.OpenId;
using Microsoft.Extensions.Time.Testing;

namespace LpbCms.Modules.Tests.Users;

public sealed class ValidatedPrincipalCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static ClaimsPrincipal Principal(string clientId) =>
        new(new ClaimsIdentity([new Claim(ApiClientPrincipal.ClientIdClaimType, clientId)], "Bearer"));

    [Fact]
    public void Find_TokenAdded_ReturnsACopyTheCallerMayChange()
    {
        var sut = new ValidatedPrincipalCache(new FakeTimeProvider(Start));
        sut.Add("token-a", Principal("a"), expires: null);

        var first = sut.Find("token-a")!;
        ((ClaimsIdentity)first.Identity!).AddClaim(new Claim("role", "Administrator"));
        var second = sut.Find("token-a")!;

        Assert.Equal("a", second.FindFirst(ApiClientPrincipal.ClientIdClaimType)?.Value);
        Assert.Null(second.FindFirst("role"));
        Assert.NotSame(first, second);
    }

    [Fact]
    public void Find_OtherToken_Null()
    {
        var sut = new ValidatedPrincipalCache(new FakeTimeProvider(Start));
        sut.Add("token-a", Principal("a"), expires: null);

        Assert.Null(sut.Find("token-b"));
        Assert.Null(sut.Find("TOKEN-A"));
    }

    [Fact]
    public void Find_AfterTheTokensExpiry_Null()
    {
        var time = new FakeTimeProvider(Start);
        var sut = new ValidatedPrincipalCache(time);
        sut.Add("token-a", Principal("a"), expires: Start.AddMinutes(1));

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.NotNull(sut.Find("token-a"));
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Null(sut.Find("token-a"));
    }

    [Fact]
    public void Find_AfterTheCacheLifetime_NullEvenIfTheTokenIsStillValid()
    {
        var time = new FakeTimeProvider(Start);
        var sut = new ValidatedPrincipalCache(time);
        sut.Add("token-a", Principal("a"), expires: Start.AddHours(1));

        time.Advance(ValidatedPrincipalCache.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Null(sut.Find("token-a"));
    }

    [Fact]
    public void Clear_ForgetsEveryToken()
    {
        var sut = new ValidatedPrincipalCache(new FakeTimeProvider(Start));
        sut.Add("token-a", Principal("a"), expires: null);

        sut.Clear();

        Assert.Null(sut.Find("token-a"));
    }
}
