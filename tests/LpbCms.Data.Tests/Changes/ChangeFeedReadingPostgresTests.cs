using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Changes;

public sealed class ChangeFeedReadingPostgresTests(PostgresDatabaseFixture database)
    : ChangeFeedReadingTests(database), IClassFixture<PostgresDatabaseFixture>;
