using System.Data.Common;

namespace LpbCms.Web.Hosting;

/// <summary>Names a database for log lines from its connection string, leaving out passwords and other secrets.</summary>
public static class DatabaseDescription
{
    public static string Describe(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = new DbConnectionStringBuilder { ConnectionString = database.ConnectionString };
        return database.Provider switch
        {
            DatabaseProvider.Sqlite => $"SQLite file '{Value(builder, "Data Source", "DataSource", "Filename")}'",
            _ => $"PostgreSQL '{Value(builder, "Database")}' on {Value(builder, "Host", "Server")}",
        };
    }

    private static string Value(DbConnectionStringBuilder builder, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (builder.TryGetValue(key, out var value) && value is not null)
            {
                return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?";
            }
        }

        return "?";
    }
}
