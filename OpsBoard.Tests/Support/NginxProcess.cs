using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpsBoard.Tests.Support;

/// <summary>
/// nginx run in the foreground over a temporary prefix, with the repo's own config (deploy/nginx/opsboard.conf)
/// filled with the nodes' ports: the tests go through the same proxy an operator runs.
/// </summary>
public sealed class NginxProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _prefix;

    private NginxProcess(Process process, string prefix, Uri address)
    {
        _process = process;
        _prefix = prefix;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    public static async Task<NginxProcess> StartAsync(Uri nodeA, Uri nodeB)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "opsboard-nginx-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(prefix);
        var port = FreePort();
        var config = File.ReadAllText(Template()).Replace("{{PREFIX}}", prefix, StringComparison.Ordinal)
            .Replace("{{NODE_A}}", nodeA.Port.ToString(), StringComparison.Ordinal)
            .Replace("{{NODE_B}}", nodeB.Port.ToString(), StringComparison.Ordinal)
            .Replace("{{PROXY}}", port.ToString(), StringComparison.Ordinal);
        var path = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(path, config);
        var start = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx") { UseShellExecute = false };
        foreach (var arg in new[] { "-p", prefix, "-c", path, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(arg);
        }
        var nginx = new NginxProcess(Process.Start(start)!, prefix, new Uri($"http://127.0.0.1:{port}"));
        // nginx has no "ready" line to wait for: it is ready once its port takes connections.
        for (var tries = 0; !Listening(port); tries++)
        {
            if (nginx._process.HasExited || tries > 200)
            {
                var log = Path.Combine(prefix, "error.log");
                throw new InvalidOperationException("nginx did not start: " + (File.Exists(log) ? File.ReadAllText(log) : ""));
            }
            await Task.Delay(50);
        }
        return nginx;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        Directory.Delete(_prefix, recursive: true);
    }

    private static string Template()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "deploy", "nginx", "opsboard.conf");
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException("deploy/nginx/opsboard.conf is not above the test output folder.");
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
