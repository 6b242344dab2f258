using LpbCms.Contents.Services;

namespace LpbCms.Contents.Tests.Services;

public sealed class RoutePathsTests
{
    [Theory]
    [InlineData("/blog/post-1/", "blog/post-1")]
    [InlineData("  cadeaus//vijf-gelukwensen ", "cadeaus/vijf-gelukwensen")]
    [InlineData("/", "")]
    [InlineData(null, "")]
    public void Normalize_SlashesAndWhitespace_AreTrimmedAndCollapsed(string? path, string expected)
    {
        var normalized = RoutePaths.Normalize(path);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("Admin/pagina")]
    [InlineData("api/content")]
    [InlineData("connect/token")]
    [InlineData("health/ready")]
    [InlineData("media/foto.jpg")]
    [InlineData("openapi")]
    [InlineData("graphql")]
    [InlineData("login")]
    [InlineData("logout")]
    [InlineData("account/profiel")]
    [InlineData("robots.txt")]
    [InlineData("sitemap.xml")]
    [InlineData("favicon.ico")]
    public void Validate_ReservedPath_IsRefused(string path)
    {
        var problem = RoutePaths.Validate(path);

        Assert.NotNull(problem);
        Assert.Contains("gereserveerd", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("blog/een vraag")]
    [InlineData("blog?x=1")]
    [InlineData("blog#anker")]
    [InlineData("blog\\post")]
    [InlineData("blog/../admin")]
    [InlineData("./blog")]
    [InlineData("blog\tpost")]
    public void Validate_InvalidCharactersOrSegments_AreRefused(string path)
    {
        var problem = RoutePaths.Validate(path);

        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("blog/post-1")]
    [InlineData("administratie")]
    [InlineData("congres/2019")]
    [InlineData("apis-en-bijen")]
    public void Validate_OrdinaryPath_IsAccepted(string path)
    {
        var problem = RoutePaths.Validate(path);

        Assert.Null(problem);
    }

    [Fact]
    public void Validate_TooLongPath_IsRefused()
    {
        var path = new string('a', 1025);

        var problem = RoutePaths.Validate(path);

        Assert.NotNull(problem);
    }
}
