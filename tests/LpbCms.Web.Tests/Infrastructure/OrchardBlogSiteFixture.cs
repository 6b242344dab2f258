namespace LpbCms.Web.Tests.Infrastructure;

/// <summary>A fresh site set up with Orchard Core's stock blog recipe (a setup recipe) instead of the LPB recipe.</summary>
public sealed class OrchardBlogSiteFixture : IAsyncLifetime
{
    /// <summary>The settings that make a fresh site set itself up with the blog recipe.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["LpbCms:Setup:Recipe"] = "Blog",
        ["LpbCms:Recipes:Folders:0"] = RecipeFiles.OrchardBlogFolder,
    };

    public LpbCmsFactory Factory { get; } = LpbCmsFactory.Create(settings: Settings);

    public ValueTask InitializeAsync() => Factory.InitializeAsync();

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
