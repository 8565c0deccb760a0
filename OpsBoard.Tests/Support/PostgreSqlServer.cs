using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace OpsBoard.Tests.Support;

/// <summary>The real app on Kestrel, like <see cref="OpsBoardServer"/>, over a database of its own in the test run's PostgreSQL cluster.</summary>
public class PostgreSqlServer : OpsBoardServer
{
    public PostgreSqlServer()
        : this(PostgresCluster.NewDatabase())
    {
    }

    /// <summary>A server over a given database, so that two servers can share one as two nodes do.</summary>
    internal PostgreSqlServer(string connectionString)
    {
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("OpsBoard:Database", "PostgreSql");
        builder.UseSetting("ConnectionStrings:OpsBoard", ConnectionString);
        // Nothing sits beside a PostgreSQL database: the keys and files get this server's folder.
        builder.UseSetting("OpsBoard:KeysPath", Path.Combine(Folder, "keys"));
        builder.UseSetting("OpsBoard:Files:Path", Path.Combine(Folder, "files"));
    }

    public override async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
