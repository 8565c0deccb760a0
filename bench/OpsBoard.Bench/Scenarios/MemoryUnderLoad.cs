using System.Diagnostics;
using OpsBoard.Bench.Clients;
using OpsBoard.Bench.Serve;

namespace OpsBoard.Bench.Scenarios;

/// <summary>Resident memory before a burst, its peak during it, and where it settles once the server is left idle.</summary>
public sealed record MemoryLoadResult(ResidentReading Start, long Peak, ResidentReading Idle, int Requests, int Failures);

/// <summary>
/// Many clients at once, each on its own connection, mixing board reads, item reads, list reads and transitions of
/// its own claim; then nobody for a while, as at the end of a shift.
/// </summary>
public static class MemoryUnderLoad
{
    public static async Task<MemoryLoadResult> RunAsync(ServerProcess server, string[] tokens, int clients, double seconds, TimeSpan idle)
    {
        var start = await server.ResidentAsync();
        var movers = new Movers(BenchOptions.Movers);
        var http = Enumerable.Range(0, clients).Select(n => server.ClientFor(tokens[n % tokens.Length])).ToList();
        var requests = 0;
        var failures = 0;
        var peak = start.WorkingSet;
        var watch = Stopwatch.StartNew();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, (await server.ResidentAsync()).WorkingSet);
                await Task.Delay(500, CancellationToken.None);
            }
        });
        await Task.WhenAll(http.Select((client, n) => Task.Run(async () =>
        {
            var random = new Random(n);
            for (var i = 0; watch.Elapsed.TotalSeconds < seconds; i++)
            {
                var ok = await OneAsync(client, movers, n, i, random);
                Interlocked.Increment(ref requests);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        http.ForEach(c => c.Dispose());
        await sampling.CancelAsync();
        await sampler;

        var settled = await server.ResidentAsync();
        var quiet = Stopwatch.StartNew();
        while (quiet.Elapsed < idle)
        {
            await Task.Delay(1000);
            settled = await server.ResidentAsync();
        }
        return new MemoryLoadResult(start, peak, settled, requests, failures);
    }

    private static async Task<bool> OneAsync(HttpClient client, Movers movers, int n, int i, Random random)
    {
        switch (i % 4)
        {
            case 0:
                using (var board = await client.GetAsync("/api/v1/board"))
                {
                    return board.IsSuccessStatusCode;
                }
            case 1:
                using (var item = await client.GetAsync($"/api/v1/items/{random.Next(1, BenchOptions.Movers + 1)}"))
                {
                    return item.IsSuccessStatusCode;
                }
            case 2:
                using (var list = await client.GetAsync($"/api/v1/items?type=claim&page={random.Next(1, 20)}"))
                {
                    return list.IsSuccessStatusCode;
                }
            default:
                return (await movers.FireAsync(client, n + 1)).Ok;
        }
    }
}
