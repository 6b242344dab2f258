using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Contents;

public sealed class ContentManagerPostgresTests(PostgresDatabaseFixture database)
    : ContentManagerTests(database), IClassFixture<PostgresDatabaseFixture>;
