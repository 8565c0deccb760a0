using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpsBoard.Tests.Support;

/// <summary>
/// One PostgreSQL cluster for the whole test run, made in a temporary folder (initdb, then pg_ctl on a free loopback
/// port) the first time a test asks for a database, and stopped and removed when the run ends. Each caller gets a
/// database of its own. Run as root, the server's tools run as the postgres user, as PostgreSQL requires.
/// </summary>
public static class PostgresCluster
{
    private static readonly Lazy<Cluster> Instance = new(Cluster.Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of a new, empty database (the app's migrations create its tables).</summary>
    public static string NewDatabase()
    {
        var cluster = Instance.Value;
        var name = "opsboard_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        return cluster.ConnectionString(name);
    }

    private sealed class Cluster
    {
        private readonly string _folder;
        private readonly string _bin;
        private readonly int _port;

        private Cluster(string folder, string bin, int port)
        {
            _folder = folder;
            _bin = bin;
            _port = port;
        }

        public string ConnectionString(string database) =>
            $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=40;Timeout=30";

        public static Cluster Start()
        {
            var bin = Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                    .OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
                : null;
            if (bin is null)
            {
                throw new InvalidOperationException("PostgreSQL's server is not installed (test.sh installs the postgresql package).");
            }
            var folder = Path.Combine(Path.GetTempPath(), "opsboard-pg-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            var cluster = new Cluster(folder, bin, FreePort());
            if (Environment.UserName == "root")
            {
                Run("chown", "postgres", folder);
            }
            cluster.Tool("initdb", "-D", cluster.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions");
            // Durability is not what these tests are about; a commit that waits for no disk keeps them quick.
            cluster.Tool("pg_ctl", "-D", cluster.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                $"-p {cluster._port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off "
                + "-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB", "start");
            cluster.StopWhenThisProcessEnds();
            return cluster;
        }

        private string Data => Path.Combine(_folder, "data");

        /// <summary>
        /// A watcher outside this process stops the server and removes the folder once the test process is gone: the
        /// test host may be ended without running exit handlers, and a server left behind would outlive the run.
        /// </summary>
        private void StopWhenThisProcessEnds()
        {
            var pgCtl = Path.Combine(_bin, "pg_ctl");
            var stop = Environment.UserName == "root" ? $"runuser -u postgres -- {pgCtl}" : pgCtl;
            var script = $"exec >/dev/null 2>&1; while kill -0 {Environment.ProcessId}; do sleep 1; done; "
                + $"{stop} -D '{Data}' -m immediate -w stop; rm -rf '{_folder}'";
            var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
            foreach (var arg in new[] { "sh", "-c", script })
            {
                start.ArgumentList.Add(arg);
            }
            Process.Start(start)!.Dispose();
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
}
