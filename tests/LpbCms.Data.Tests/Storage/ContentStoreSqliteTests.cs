using LpbCms.Data.Tests.Infrastructure;

namespace LpbCms.Data.Tests.Storage;

public sealed class ContentStoreSqliteTests(SqliteDatabaseFixture database)
    : ContentStoreContractTests(database), IClassFixture<SqliteDatabaseFixture>;
