using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LpbCms.Data.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the context without the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLpbDbContext>
{
    public SqliteLpbDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLpbDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
