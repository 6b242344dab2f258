using Microsoft.EntityFrameworkCore;

namespace LpbCms.Data.Sqlite;

/// <summary>The SQLite database; its migrations live in this assembly.</summary>
public sealed class SqliteLpbDbContext(DbContextOptions<SqliteLpbDbContext> options) : LpbDbContext(options)
{
    protected override string JsonColumnType => "TEXT";
}
