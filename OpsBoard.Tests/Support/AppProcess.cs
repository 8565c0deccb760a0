using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace OpsBoard.Tests.Support;

/// <summary>
/// The built app run as its own process (<c>dotnet OpsBoard.dll</c> from the tests' output folder) over a folder of
/// its own: a server that can be killed outright, or a command run as an operator would run it.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static string DatabasePath(string directory) => Path.Combine(directory, "opsboard.db");

    /// <summary>Starts the server with the demo users and waits until it listens.</summary>
    public static async Task<AppProcess> StartServerAsync(string directory)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        return await StartAsync(directory, address, ["--urls", address.ToString(), "--OpsBoard:SeedDemo=true", "--OpsBoard:DemoItems=0"]);
    }

    /// <summary>
    /// Starts one node of several on a PostgreSQL database: the keys and files folders are shared, so a cookie or
    /// token signed on one node is read on another. Only the node that seeds makes the demo team.
    /// </summary>
    public static async Task<AppProcess> StartNodeAsync(string directory, string database, string shared, string name, bool seed,
        IEnumerable<string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        string[] arguments = ["--urls", address.ToString(), "--OpsBoard:Database=PostgreSql", $"--ConnectionStrings:OpsBoard={database}",
            $"--OpsBoard:KeysPath={Path.Combine(shared, "keys")}", $"--OpsBoard:Files:Path={Path.Combine(shared, "files")}",
            $"--OpsBoard:NodeName={name}", $"--OpsBoard:SeedDemo={seed}", "--OpsBoard:DemoItems=0"];
        return await StartAsync(directory, address, [.. arguments, .. settings ?? []]);
    }

    /// <summary>Runs a command (<c>history verify</c>, <c>restore PATH</c>...) to its end: its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string directory, params string[] command)
    {
        using var process = Process.Start(StartInfo(directory, command))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await errors);
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task<HttpClient> ClientFor(string user)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password = "opsboard" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>As <c>kill -9</c>: no shutdown, no flush, no goodbye.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private static async Task<AppProcess> StartAsync(string directory, Uri address, IEnumerable<string> arguments)
    {
        var process = new Process { StartInfo = StartInfo(directory, arguments) };
        var app = new AppProcess(process, address);
        process.OutputDataReceived += (_, e) => app.Seen(e.Data);
        process.ErrorDataReceived += (_, e) => app.Seen(e.Data);
        process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException($"The app ended: {app.Output}"));
        process.EnableRaisingEvents = true;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app._listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return app;
    }

    private static ProcessStartInfo StartInfo(string directory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpsBoard.dll"));
        info.ArgumentList.Add($"--contentRoot={AppContext.BaseDirectory}");
        info.ArgumentList.Add($"--ConnectionStrings:OpsBoard=Data Source={DatabasePath(directory)}");
        info.ArgumentList.Add($"--OpsBoard:Onboarding:FilesPath={Path.Combine(directory, "files")}");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        return info;
    }

    private void Seen(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        if (line.Contains("Now listening on", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
