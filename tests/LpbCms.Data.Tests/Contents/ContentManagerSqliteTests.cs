using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Contents;

public sealed class ContentManagerSqliteTests(SqliteDatabaseFixture database)
    : ContentManagerTests(database), IClassFixture<SqliteDatabaseFixture>;
