using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpsBoard.Bench.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster in a folder of the run (initdb, then pg_ctl on a free loopback port), stopped and
/// removed when disposed. Run as root, the server's tools run as the postgres user, as PostgreSQL requires.
/// </summary>
public sealed class PgCluster : IDisposable
{
    private readonly string _folder;
    private readonly string _bin;
    private readonly int _port;

    private PgCluster(string folder, string bin, int port) => (_folder, _bin, _port) = (folder, bin, port);

    private string Data => Path.Combine(_folder, "data");

    public static PgCluster Start(string parent)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL's server is not installed (the postgresql package).");
        var folder = Path.Combine(parent, "pg");
        Directory.CreateDirectory(folder);
        if (Environment.UserName == "root")
        {
            Run("chown", "postgres", folder);
        }
        var cluster = new PgCluster(folder, bin, FreePort());
        cluster.Tool("initdb", "-D", cluster.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions");
        // Durable commits, as a production server would have them: the figures are meant to say what a deployment does.
        cluster.Tool("pg_ctl", "-D", cluster.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
            $"-p {cluster._port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=128MB", "start");
        return cluster;
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=60;Timeout=30";

    public string NewDatabase(string name)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        create.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Tool("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");
        Directory.Delete(_folder, recursive: true);
    }

    private void Tool(string name, params string[] args)
    {
        var path = Path.Combine(_bin, name);
        if (Environment.UserName == "root")
        {
            Run("runuser", ["-u", "postgres", "--", path, .. args]);
        }
        else
        {
            Run(path, args);
        }
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
