using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Contents;

public sealed class ContentDefinitionManagerPostgresTests(PostgresDatabaseFixture database)
    : ContentDefinitionManagerTests(database), IClassFixture<PostgresDatabaseFixture>;
