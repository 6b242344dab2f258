using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Settings;

public sealed class SiteServiceSqliteTests(SqliteDatabaseFixture database)
    : SiteServiceTests(database), IClassFixture<SqliteDatabaseFixture>;
