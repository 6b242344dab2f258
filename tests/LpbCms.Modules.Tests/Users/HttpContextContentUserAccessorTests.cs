using System.Security.Claims;
using LpbCms.Users.Contents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LpbCms.Modules.Tests.Users;

public sealed class HttpContextContentUserAccessorTests
{
    [Fact]
    public void UserIdAndUserName_SignedInUser_FromIdentityClaims()
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Name, "redacteur")], "Identity.Application");
        var sut = CreateAccessor(new DefaultHttpContext { User = new ClaimsPrincipal(identity) });

        Assert.Equal(("u1", "redacteur"), (sut.UserId, sut.UserName));
    }

    [Fact]
    public void UserIdAndUserName_AnonymousOrNoRequest_Null()
    {
        var anonymous = CreateAccessor(new DefaultHttpContext());
        var outsideRequest = CreateAccessor(null);

        Assert.Equal((null, null), (anonymous.UserId, anonymous.UserName));
        Assert.Equal((null, null), (outsideRequest.UserId, outsideRequest.UserName));
    }

    private static HttpContextContentUserAccessor CreateAccessor(HttpContext? context) =>
        new(new HttpContextAccessor { HttpContext = context }, Options.Create(new IdentityOptions()));
}
