using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Recipes;

public sealed class RecipeExecutionPostgresTests(PostgresDatabaseFixture database)
    : RecipeExecutionContractTests(database), IClassFixture<PostgresDatabaseFixture>;
