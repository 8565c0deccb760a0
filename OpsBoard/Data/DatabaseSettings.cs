using Microsoft.Data.Sqlite;

namespace OpsBoard.Data;

/// <summary>
/// Which database the app keeps its data in: <c>OpsBoard:Database</c> = <c>Sqlite</c> (the default, one file, one
/// node) or <c>PostgreSql</c> (one server, any number of nodes), with <c>ConnectionStrings:OpsBoard</c>.
/// </summary>
public static class DatabaseSettings
{
    public const string DefaultConnection = "Data Source=opsboard.db";

    public static bool IsPostgreSql(IConfiguration configuration) => configuration["OpsBoard:Database"] switch
    {
        null or "" => false,
        var name when name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => false,
        var name when name.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase) => true,
        var name => throw new InvalidOperationException($"OpsBoard:Database is '{name}'; it must be Sqlite or PostgreSql."),
    };

    public static string ConnectionString(IConfiguration configuration) => configuration.GetConnectionString("OpsBoard")
        ?? (IsPostgreSql(configuration)
            ? throw new InvalidOperationException("OpsBoard:Database is PostgreSql: ConnectionStrings:OpsBoard must name the server and database.")
            : DefaultConnection);

    /// <summary>The SQLite file's data source as configured; null on PostgreSQL, which has no file beside the app.</summary>
    public static string? SqliteDataSource(IConfiguration configuration) =>
        IsPostgreSql(configuration) ? null : new SqliteConnectionStringBuilder(ConnectionString(configuration)).DataSource;
}
