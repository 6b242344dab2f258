namespace LpbCms.Web.Hosting;

public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file in the data folder (the default).</summary>
    Sqlite,

    /// <summary>PostgreSQL, for production and scale-out; needs <c>ConnectionStrings:LpbCms</c>.</summary>
    Postgres,
}
