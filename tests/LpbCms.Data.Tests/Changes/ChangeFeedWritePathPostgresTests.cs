using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Changes;

public sealed class ChangeFeedWritePathPostgresTests(PostgresDatabaseFixture database)
    : ChangeFeedWritePathTests(database), IClassFixture<PostgresDatabaseFixture>;
