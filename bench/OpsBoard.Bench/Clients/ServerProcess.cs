using System.Diagnostics;
using System.Net.Http.Json;
using OpsBoard.Bench.Serve;

namespace OpsBoard.Bench.Clients;

/// <summary>The server process seen from the driver: started on a database file, stopped by closing its input.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Dictionary<string, string> _tokens = [];

    private ServerProcess(Process process, Uri product, Uri control)
    {
        _process = process;
        Product = product;
        Control = new HttpClient { BaseAddress = control, Timeout = TimeSpan.FromMinutes(5) };
    }

    public Uri Product { get; }

    public HttpClient Control { get; }

    /// <summary>Starts the server; <paramref name="settings"/> are the product's own settings (<c>OpsBoard:Memory:TrimWhenIdle</c>).</summary>
    public static async Task<ServerProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }
        start.ArgumentList.Add("--serve");
        start.ArgumentList.Add(databasePath);
        var process = Process.Start(start)!;
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith(ServeMode.Ready, StringComparison.Ordinal) == true)
            {
                ready.TrySetResult(e.Data);
            }
            else if (e.Data is not null)
            {
                Console.Error.WriteLine($"  server: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromMinutes(3))) != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The server process did not start.");
        }
        var parts = ready.Task.Result.Split(' ');
        return new ServerProcess(process, new Uri(parts[1]), new Uri(parts[2]));
    }

    public HttpClient ClientFor(string token)
    {
        var client = new HttpClient { BaseAddress = Product, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task<string> TokenAsync(string user)
    {
        if (!_tokens.TryGetValue(user, out var token))
        {
            using var anonymous = new HttpClient { BaseAddress = Product };
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = user, password = "opsboard" });
            response.EnsureSuccessStatusCode();
            _tokens[user] = token = (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
        }
        return token;
    }

    public async Task<MemoryReading> MemoryAsync() => (await Control.GetFromJsonAsync<MemoryReading>("/memory"))!;

    /// <summary>The process as the system sees it, without forcing a collection first.</summary>
    public async Task<ResidentReading> ResidentAsync() => (await Control.GetFromJsonAsync<ResidentReading>("/resident"))!;

    public async Task<LoopResult> LoopAsync(string kind, LoopRequest request)
    {
        var response = await Control.PostAsJsonAsync($"/loop/{kind}", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LoopResult>())!;
    }

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    private sealed record TokenBody(string AccessToken);
}
