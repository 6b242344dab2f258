using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Changes;

public sealed class ChangeFeedReadingSqliteTests(SqliteDatabaseFixture database)
    : ChangeFeedReadingTests(database), IClassFixture<SqliteDatabaseFixture>;
