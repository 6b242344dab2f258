using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Recipes;

public sealed class RecipeExecutionSqliteTests(SqliteDatabaseFixture database)
    : RecipeExecutionContractTests(database), IClassFixture<SqliteDatabaseFixture>;
