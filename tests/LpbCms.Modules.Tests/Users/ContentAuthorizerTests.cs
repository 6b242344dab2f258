using System.Security.Claims;
using LpbCms.Core.Contents;
using LpbCms.Core.Security;
using LpbCms.Core.Setup;
using LpbCms.Modules.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Modules.Tests.Users;

public sealed class ContentAuthorizerTests
{
    private const string Password = "Lpb-Jubileum-2019";

    [Fact]
    public async Task AuthorizeAsync_AuthorOnOwnItem_MayEditButNotPublish()
    {
        await using var services = await CreateSiteAsync();
        var author = await CreateUserAsync(services, "auteur", "Author");
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentAuthorizer>();
        var own = ItemOwnedBy(author);

        Assert.True(await sut.AuthorizeAsync(PrincipalFor(author), ContentPermissions.EditContent, own, TestContext.Current.CancellationToken));
        Assert.True(await sut.AuthorizeAsync(PrincipalFor(author), ContentPermissions.DeleteContent, own, TestContext.Current.CancellationToken));
        Assert.False(await sut.AuthorizeAsync(PrincipalFor(author), ContentPermissions.PublishContent, own, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AuthorizeAsync_AuthorOnSomeoneElsesItem_MayNotEdit()
    {
        await using var services = await CreateSiteAsync();
        var author = await CreateUserAsync(services, "auteur", "Author");
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentAuthorizer>();

        var allowed = await sut.AuthorizeAsync(PrincipalFor(author), ContentPermissions.EditContent, ItemOwnedBy("iemand-anders"), TestContext.Current.CancellationToken);

        Assert.False(allowed);
    }

    [Fact]
    public async Task AuthorizeAsync_EditorOnAnyItem_MayPublish()
    {
        await using var services = await CreateSiteAsync();
        var editor = await CreateUserAsync(services, "redacteur", "Editor");
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentAuthorizer>();

        var allowed = await sut.AuthorizeAsync(PrincipalFor(editor), ContentPermissions.PublishContent, ItemOwnedBy("iemand-anders"), TestContext.Current.CancellationToken);

        Assert.True(allowed);
    }

    [Fact]
    public async Task AuthorizeAsync_AnonymousOnItemWithoutOwner_MayNotEdit()
    {
        await using var services = await CreateSiteAsync();
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetRequiredService<IContentAuthorizer>();

        var allowed = await sut.AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), ContentPermissions.EditContent, new ContentItem { ContentType = "Page" }, TestContext.Current.CancellationToken);

        Assert.False(allowed);
    }

    private static ContentItem ItemOwnedBy(string owner) => new() { ContentItemId = IdGenerator.NewId(), ContentType = "Page", Owner = owner };

    private static async Task<SqliteTestServices> CreateSiteAsync()
    {
        var services = await ModuleTestServices.CreateAsync();
        await using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IUserProvisioner>()
            .EnsureAdministratorAsync("admin", "admin@example.org", Password, TestContext.Current.CancellationToken);
        return services;
    }

    private static async Task<string> CreateUserAsync(SqliteTestServices services, string userName, string role)
    {
        await using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LpbUser>>();
        var user = new LpbUser { UserName = userName, Email = userName + "@example.org" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    }

    private static ClaimsPrincipal PrincipalFor(string userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], authenticationType: "Test"));
}
