using LpbCms.Media;

namespace LpbCms.Modules.Tests.Media;

public sealed class MediaOptionsPathsTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "site");

    [Fact]
    public void Resolve_NothingConfigured_UsesAppDataMediaUnderContentRoot()
    {
        var sut = new MediaOptions();

        MediaOptionsPaths.Resolve(sut, dataPath: null, ContentRoot);

        Assert.Equal(Path.Combine(ContentRoot, "App_Data", "media"), sut.RootPath);
        Assert.Equal(Path.Combine(ContentRoot, "App_Data", "media-staging"), sut.StagingPath);
    }

    [Fact]
    public void Resolve_RelativeDataPath_RootUnderDataPathFromContentRoot()
    {
        var sut = new MediaOptions();

        MediaOptionsPaths.Resolve(sut, "data", ContentRoot);

        Assert.Equal(Path.Combine(ContentRoot, "data", "media"), sut.RootPath);
    }

    [Fact]
    public void Resolve_AbsoluteDataPath_RootUnderIt()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "lpb-data");
        var sut = new MediaOptions();

        MediaOptionsPaths.Resolve(sut, dataPath, ContentRoot);

        Assert.Equal(Path.Combine(dataPath, "media"), sut.RootPath);
    }

    [Fact]
    public void Resolve_ExplicitRootPath_WinsOverDataPath()
    {
        var sut = new MediaOptions { RootPath = "shared/media" };

        MediaOptionsPaths.Resolve(sut, "data", ContentRoot);

        Assert.Equal(Path.Combine(ContentRoot, "shared", "media"), sut.RootPath);
        Assert.Equal(Path.Combine(ContentRoot, "shared", "media-staging"), sut.StagingPath);
    }
}
