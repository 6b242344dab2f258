using LpbCms.Web.Abstractions;
using LpbCms.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LpbCms.Web.Tests.Hosting;

public sealed class ModuleDependencyOrderTests
{
    [Fact]
    public void Sort_DependencyListedAfterDependent_PutsDependencyFirst()
    {
        var result = ModuleDependencyOrder.Sort([Module("Admin", "Users", "Contents"), Module("Users", "Contents"), Module("Contents")]);

        Assert.Equal(["Contents", "Users", "Admin"], Names(result));
    }

    [Fact]
    public void Sort_NoDependencies_KeepsListedOrder()
    {
        var result = ModuleDependencyOrder.Sort([Module("C"), Module("A"), Module("B")]);

        Assert.Equal(["C", "A", "B"], Names(result));
    }

    [Fact]
    public void Sort_SeveralModulesReady_TakesTheOneListedFirst()
    {
        var result = ModuleDependencyOrder.Sort([Module("X"), Module("A", "B"), Module("Y"), Module("B")]);

        Assert.Equal(["X", "Y", "B", "A"], Names(result));
    }

    [Fact]
    public void Sort_DependencyNamedInOtherCase_IsFound()
    {
        var result = ModuleDependencyOrder.Sort([Module("Api", "lpbcms.users"), Module("LpbCms.Users")]);

        Assert.Equal(["LpbCms.Users", "Api"], Names(result));
    }

    [Fact]
    public void Sort_Cycle_FailsNamingTheModulesOnTheCycleOnly()
    {
        var error = Assert.Throws<ModuleCatalogException>(() =>
            ModuleDependencyOrder.Sort([Module("Theme", "A"), Module("A", "B"), Module("B", "C"), Module("C", "A"), Module("D")]));

        Assert.Equal("Module dependency cycle: A -> B -> C -> A.", error.Message);
    }

    [Fact]
    public void Sort_ModuleDependsOnItself_FailsNamingIt()
    {
        var error = Assert.Throws<ModuleCatalogException>(() => ModuleDependencyOrder.Sort([Module("Contents"), Module("A", "A")]));

        Assert.Equal("Module dependency cycle: A -> A.", error.Message);
    }

    [Fact]
    public void Sort_MissingDependency_FailsNamingBothModules()
    {
        var error = Assert.Throws<ModuleCatalogException>(() => ModuleDependencyOrder.Sort([Module("Contents"), Module("Admin", "Contents", "Users")]));

        Assert.Equal("Module 'Admin' depends on 'Users', which is not in the module catalogue.", error.Message);
    }

    [Fact]
    public void Sort_ModuleListedTwice_FailsNamingIt()
    {
        var error = Assert.Throws<ModuleCatalogException>(() => ModuleDependencyOrder.Sort([Module("Users"), Module("Contents"), Module("users")]));

        Assert.Equal("Module 'users' is registered twice in the module catalogue.", error.Message);
    }

    [Fact]
    public void CreateDefault_EveryModule_ComesAfterItsDependencies()
    {
        var sut = ModuleCatalog.CreateDefault();

        Assert.Equal(["LpbCms.Contents", "LpbCms.Users", "LpbCms.Media", "LpbCms.Api", "LpbCms.Admin", "LpbTheme"], Names(sut.Modules));
        Assert.All(sut.Modules.Select((module, index) => (module, index)), entry =>
            Assert.All(entry.module.Dependencies, dependency =>
                Assert.Contains(dependency, Names(sut.Modules.Take(entry.index)))));
    }

    private static string[] Names(IEnumerable<IModuleStartup> modules) => [.. modules.Select(m => m.Name)];

    private static TestModule Module(string name, params string[] dependencies) => new(name, dependencies);

    private sealed class TestModule(string name, IReadOnlyList<string> dependencies) : IModuleStartup
    {
        public string Name => name;

        public IReadOnlyList<string> Dependencies => dependencies;

        public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
        {
        }
    }
}
