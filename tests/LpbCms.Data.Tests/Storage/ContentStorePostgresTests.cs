using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Storage;

public sealed class ContentStorePostgresTests(PostgresDatabaseFixture database)
    : ContentStoreContractTests(database), IClassFixture<PostgresDatabaseFixture>;
