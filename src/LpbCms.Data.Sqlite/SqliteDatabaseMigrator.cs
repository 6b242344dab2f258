using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LpbCms.Data.Sqlite;

/// <summary>Migrates the SQLite file, turns on WAL, and explains SQLite errors in one line.</summary>
public sealed class SqliteDatabaseMigrator(SqliteLpbDbContext db, string connectionString, ILogger<SqliteDatabaseMigrator> logger)
    : EfDatabaseMigrator(db, logger)
{
    public static string FolderOf(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        return string.IsNullOrEmpty(folder) ? Directory.GetCurrentDirectory() : folder;
    }

    protected override string Describe() =>
        $"SQLite file '{Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource)}'";

    protected override void BeforeMigrate() => Directory.CreateDirectory(FolderOf(connectionString));

    protected override async Task AfterMigrateAsync(LpbDbContext context, CancellationToken ct)
    {
        // WAL lets readers work while a writer commits; the setting is stored in the file.
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    protected override string? Explain(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 26 } => "the file is not a SQLite database (it may be corrupt or another kind of file).",
        SqliteException { SqliteErrorCode: 11 } => "the database file is corrupt.",
        SqliteException { SqliteErrorCode: 14 } => "the file cannot be opened (check the folder exists and is writable).",
        SqliteException { SqliteErrorCode: 8 } => "the file is read-only.",
        SqliteException sqlite => sqlite.Message,
        UnauthorizedAccessException => "access to the file or its folder is denied.",
        IOException io => io.Message,
        InvalidOperationException { InnerException: SqliteException inner } => Explain(inner),
        _ => null,
    };
}
