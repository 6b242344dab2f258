using LpbCms.Web.Tests.Infrastructure;

namespace LpbCms.Web.Tests;

/// <summary>Orchard Core's stock blog recipe as the setup recipe of a fresh site.</summary>
public sealed class OrchardBlogRecipeTests(OrchardBlogSiteFixture fixture) : IClassFixture<OrchardBlogSiteFixture>
{
    [Fact]
    public async Task GetContent_BlogPostAfterSetup_HasTheRecipesPartsAndFields()
    {
        var post = await OrchardBlogAssertions.GetBlogPostJsonAsync(fixture.Factory);

        OrchardBlogAssertions.AssertBlogPost(post);
    }

    [Fact]
    public async Task MediaStep_BlogRecipe_StoresItsThreeImages()
    {
        await OrchardBlogAssertions.AssertMediaStoredAsync(fixture.Factory);
    }
}
