using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Changes;

public sealed class ChangeFeedWritePathSqliteTests(SqliteDatabaseFixture database)
    : ChangeFeedWritePathTests(database), IClassFixture<SqliteDatabaseFixture>;
