using LpbCms.Web.Hosting;
using LpbCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace LpbCms.Web.Tests.Hosting;

public sealed class LpbCmsOptionsResolverTests
{
    [Fact]
    public void Resolve_NothingConfigured_SqliteFileInAppDataUnderContentRoot()
    {
        using var contentRoot = new TestFolder();

        var sut = LpbCmsOptionsResolver.Resolve(Configuration(new(StringComparer.Ordinal)), contentRoot.Path);

        Assert.Equal(Path.Combine(contentRoot.Path, "App_Data"), sut.DataPath);
        Assert.Equal(DatabaseProvider.Sqlite, sut.Database.Provider);
        Assert.Contains(Path.Combine(contentRoot.Path, "App_Data", "lpbcms.db"), sut.Database.ConnectionString, StringComparison.Ordinal);
        Assert.NotEmpty(sut.Recipes.Folders);
    }

    [Fact]
    public void Resolve_PostgresWithoutConnectionString_FailsNamingTheKey()
    {
        using var contentRoot = new TestFolder();

        var error = Assert.Throws<OptionsValidationException>(() =>
            LpbCmsOptionsResolver.Resolve(Configuration(new(StringComparer.Ordinal) { ["LpbCms:Database:Provider"] = "Postgres" }), contentRoot.Path));

        Assert.Contains(error.Failures, f => f.Contains("ConnectionStrings:LpbCms is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_UnknownProvider_Fails()
    {
        using var contentRoot = new TestFolder();

        var error = Assert.Throws<OptionsValidationException>(() =>
            LpbCmsOptionsResolver.Resolve(Configuration(new(StringComparer.Ordinal) { ["LpbCms:Database:Provider"] = "Oracle" }), contentRoot.Path));

        Assert.Contains(error.Failures, f => f.Contains("'Oracle' is not supported", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_MissingConfiguredRecipeFolder_Fails()
    {
        using var contentRoot = new TestFolder();

        var error = Assert.Throws<OptionsValidationException>(() =>
            LpbCmsOptionsResolver.Resolve(Configuration(new(StringComparer.Ordinal) { ["LpbCms:Recipes:Folders:0"] = "no-such-folder" }), contentRoot.Path));

        Assert.Contains(error.Failures, f => f.Contains("no-such-folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_ConfiguredRecipeFolder_ComesFirstAsAbsolutePath()
    {
        using var contentRoot = new TestFolder();
        Directory.CreateDirectory(Path.Combine(contentRoot.Path, "my-recipes"));

        var sut = LpbCmsOptionsResolver.Resolve(Configuration(new(StringComparer.Ordinal) { ["LpbCms:Recipes:Folders:0"] = "my-recipes" }), contentRoot.Path);

        Assert.Equal(Path.Combine(contentRoot.Path, "my-recipes"), sut.Recipes.Folders[0]);
    }

    [Fact]
    public void Describe_PostgresWithPassword_LeavesThePasswordOut()
    {
        var database = new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = "Host=db.example;Database=lpbcms;Username=lpb;Password=s3cret-Value",
        };

        var sut = DatabaseDescription.Describe(database);

        Assert.Equal("PostgreSQL 'lpbcms' on db.example", sut);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
