using System.Text.Json.Nodes;
using LpbCms.Core.Recipes;
using LpbCms.Core.Security;
using LpbCms.Modules.Tests.Infrastructure;
using LpbCms.Users.Roles;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Modules.Tests.Users;

public sealed class RolesRecipeStepTests
{
    [Fact]
    public async Task ExecuteAsync_NewRoles_CreatedWithStereotypeDefaultsPlusListedPermissions()
    {
        await using var services = await ModuleTestServices.CreateAsync();

        await ExecuteAsync(services, """
            { "name": "Roles", "Roles": [
              { "Name": "Anonymous", "Description": "Anoniem", "Permissions": [] },
              { "Name": "Moderator", "Description": "Moderator", "Permissions": ["ManageMedia", "ViewAuditTrail"] } ] }
            """);

        var anonymous = await GetRoleAsync(services, "Anonymous");
        Assert.Equal("Anoniem", anonymous.Description);
        Assert.Equal("ViewContent", string.Join(',', anonymous.Permissions));
        var moderator = await GetRoleAsync(services, "Moderator");
        Assert.Equal("ManageMedia,ViewAuditTrail", string.Join(',', moderator.Permissions));
    }

    [Fact]
    public async Task ExecuteAsync_ExistingRoleInOtherCase_PermissionsMergedNotDuplicated()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        await ExecuteAsync(services, """{ "name": "Roles", "Roles": [ { "Name": "Contributor", "Permissions": ["ManageMedia"] } ] }""");

        await ExecuteAsync(services, """{ "name": "roles", "roles": [ { "name": "contributor", "permissions": ["ExecuteGraphQL", "managemedia"] } ] }""");

        var role = await GetRoleAsync(services, "Contributor");
        Assert.Equal("EditOwnContent,ExecuteGraphQL,ManageMedia,ViewContent", string.Join(',', role.Permissions));
        Assert.Equal(1, await CountRolesAsync(services));
    }

    [Fact]
    public async Task ExecuteAsync_EmptyPermissionList_KeepsExistingPermissions()
    {
        await using var services = await ModuleTestServices.CreateAsync();
        await ExecuteAsync(services, """{ "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": ["ManageRecipes"] } ] }""");

        await ExecuteAsync(services, """{ "name": "Roles", "Roles": [ { "Name": "Editor", "Description": "Redacteur", "Permissions": [] } ] }""");

        var role = await GetRoleAsync(services, "Editor");
        Assert.Contains("ManageRecipes", role.Permissions, StringComparer.Ordinal);
        Assert.Contains("PublishContent", role.Permissions, StringComparer.Ordinal);
        Assert.Equal("Redacteur", role.Description);
    }

    [Theory]
    [InlineData("""{ "name": "Roles" }""", "$.steps[4].Roles")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Name": "A" }, { "Description": "no name" } ] }""", "$.steps[4].Roles[1].Name")]
    [InlineData("""{ "name": "Roles", "Roles": [ "Editor" ] }""", "$.steps[4].Roles[0]")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Name": { "Text": "Editor" } } ] }""", "$.steps[4].Roles[0].Name")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Name": "A", "Permissions": "ViewContent" } ] }""", "$.steps[4].Roles[0].Permissions")]
    [InlineData("""{ "name": "Roles", "Roles": [ { "Name": "A", "Permissions": ["ViewContent", {}] } ] }""", "$.steps[4].Roles[0].Permissions[1]")]
    public async Task ExecuteAsync_MalformedStep_ErrorLocatedAtFault(string step, string expectedPath)
    {
        await using var services = await ModuleTestServices.CreateAsync();

        var ex = await Assert.ThrowsAsync<RecipeException>(() => ExecuteAsync(services, step));

        Assert.Equal(expectedPath, ex.JsonPath);
    }

    private static async Task ExecuteAsync(SqliteTestServices services, string stepJson)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = services.CreateScope();
        var sut = scope.ServiceProvider.GetServices<IRecipeStepHandler>().OfType<RolesRecipeStep>().Single();
        var context = new RecipeStepContext
        {
            Recipe = new RecipeDescriptor { Name = "roles-test", Steps = [] },
            StepIndex = 4,
            StepName = "Roles",
            Step = JsonNode.Parse(stepJson)!.AsObject(),
            Execution = new RecipeExecutionContext(),
        };
        await sut.ExecuteAsync(context, ct);
    }

    private static async Task<(string? Description, string[] Permissions)> GetRoleAsync(SqliteTestServices services, string name)
    {
        await using var scope = services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>();
        var role = await roles.FindByNameAsync(name);
        Assert.NotNull(role);
        var claims = await roles.GetClaimsAsync(role);
        return (role.Description, [.. claims.Where(c => c.Type == LpbRole.PermissionClaimType).Select(c => c.Value).Order(StringComparer.Ordinal)]);
    }

    private static async Task<int> CountRolesAsync(SqliteTestServices services)
    {
        await using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<RoleManager<LpbRole>>().Roles.Count();
    }
}
