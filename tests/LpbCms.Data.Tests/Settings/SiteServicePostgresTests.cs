using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Settings;

public sealed class SiteServicePostgresTests(PostgresDatabaseFixture database)
    : SiteServiceTests(database), IClassFixture<PostgresDatabaseFixture>;
