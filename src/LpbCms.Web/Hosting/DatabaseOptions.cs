namespace LpbCms.Web.Hosting;

/// <summary>Which database to use (<c>LpbCms:Database</c>); the connection string is <c>ConnectionStrings:LpbCms</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Filled in from <c>ConnectionStrings:LpbCms</c> (or the default SQLite file) when the options
    /// are resolved. May hold a password: never log it, use <see cref="DatabaseDescription"/>.
    /// </summary>
    public string ConnectionString { get; set; } = "";
}
