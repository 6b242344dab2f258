using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data.PostgreSql;

/// <summary>
/// The PostgreSQL database; its migrations live in this assembly. Documents use the <c>json</c>
/// type rather than <c>jsonb</c>: jsonb reorders object keys, and the Orchard contract needs
/// documents to round-trip as written. <c>json</c> still validates and supports JSON operators.
/// </summary>
public sealed class PostgresLpbDbContext(DbContextOptions<PostgresLpbDbContext> options) : LpbDbContext(options)
{
    protected override string JsonColumnType => "json";
}
