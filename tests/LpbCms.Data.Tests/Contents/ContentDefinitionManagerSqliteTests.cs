using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Contents;

public sealed class ContentDefinitionManagerSqliteTests(SqliteDatabaseFixture database)
    : ContentDefinitionManagerTests(database), IClassFixture<SqliteDatabaseFixture>;
