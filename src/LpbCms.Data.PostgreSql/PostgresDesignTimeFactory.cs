using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LpbCms.Data.PostgreSql;

/// <summary>Lets `dotnet ef migrations add` build the context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLpbDbContext>
{
    public PostgresLpbDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLpbDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
