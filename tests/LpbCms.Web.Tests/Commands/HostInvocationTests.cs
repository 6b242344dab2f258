using LpbCms.Web.Commands;

namespace LpbCms.Web.Tests.Commands;

public sealed class HostInvocationTests
{
    [Fact]
    public void Parse_NoArguments_Serves()
    {
        var sut = HostInvocation.Parse([]);

        Assert.Equal(HostMode.Serve, sut.Mode);
    }

    [Fact]
    public void Parse_OnlyOptions_ServesWithThemAsHostArguments()
    {
        var sut = HostInvocation.Parse(["--urls", "http://localhost:5001", "--LpbCms:DataPath=/srv/lpb"]);

        Assert.Equal(HostMode.Serve, sut.Mode);
        Assert.Equal(["--urls", "http://localhost:5001", "--LpbCms:DataPath=/srv/lpb"], sut.HostArgs);
    }

    [Fact]
    public void Parse_RecipeRunWithOptions_SeparatesFileFromHostArguments()
    {
        var sut = HostInvocation.Parse(["recipe", "run", "/tmp/site.recipe.json", "--LpbCms:DataPath=/srv/lpb"]);

        Assert.Equal(HostMode.RunRecipe, sut.Mode);
        Assert.Equal("/tmp/site.recipe.json", sut.RecipeFile);
        Assert.Equal(["--LpbCms:DataPath=/srv/lpb"], sut.HostArgs);
    }

    [Fact]
    public void Parse_ExportWithVersionsAndOptions_SeparatesThem()
    {
        var sut = HostInvocation.Parse(["export", "site.zip", "--versions", "all", "--LpbCms:DataPath=/srv/lpb"]);

        Assert.Equal(HostMode.Export, sut.Mode);
        Assert.Equal("site.zip", sut.PackageFile);
        Assert.Equal(LpbCms.Core.Deployment.DeploymentVersions.All, sut.Versions);
        Assert.Equal(["--LpbCms:DataPath=/srv/lpb"], sut.HostArgs);
    }

    [Fact]
    public void Parse_ExportWithoutVersions_TakesLatest()
    {
        var sut = HostInvocation.Parse(["export", "site.zip"]);

        Assert.Equal(LpbCms.Core.Deployment.DeploymentVersions.Latest, sut.Versions);
    }

    [Fact]
    public void Parse_Import_TakesThePackage()
    {
        var sut = HostInvocation.Parse(["import", "site.zip", "--LpbCms:DataPath=/srv/lpb"]);

        Assert.Equal(HostMode.Import, sut.Mode);
        Assert.Equal("site.zip", sut.PackageFile);
        Assert.Equal(["--LpbCms:DataPath=/srv/lpb"], sut.HostArgs);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("import")]
    [InlineData("export site.zip --versions some")]
    [InlineData("export site.zip --versions")]
    public void Parse_IncompleteBackupCommand_IsInvalid(string commandLine)
    {
        var sut = HostInvocation.Parse(commandLine.Split(' '));

        Assert.Equal(HostMode.Invalid, sut.Mode);
    }

    [Theory]
    [InlineData("recipe")]
    [InlineData("recipe run")]
    [InlineData("recipe list")]
    [InlineData("serve now")]
    public void Parse_UnknownOrIncompleteCommand_IsInvalid(string commandLine)
    {
        var sut = HostInvocation.Parse(commandLine.Split(' '));

        Assert.Equal(HostMode.Invalid, sut.Mode);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_Help_AsksForUsage(string argument)
    {
        var sut = HostInvocation.Parse([argument]);

        Assert.Equal(HostMode.Help, sut.Mode);
    }
}
