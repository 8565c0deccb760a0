using System.Diagnostics;
using OpsBoard.Bench.Clients;
using OpsBoard.Bench.Report;

namespace OpsBoard.Bench.Scenarios;

public sealed record ThroughputResult(double PerSecond, Percentiles Latency, int Failures);

/// <summary>Concurrent callers, each moving its own claim through the REST API as fast as answers come back.</summary>
public static class ApiThroughput
{
    public static async Task<ThroughputResult> RunAsync(IReadOnlyList<HttpClient> callers, Movers movers, long firstId, double seconds, int maxPerCaller)
    {
        var latencies = new List<double>[callers.Count];
        var failures = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(callers.Select((http, n) => Task.Run(async () =>
        {
            var mine = latencies[n] = new List<double>(maxPerCaller);
            for (var i = 0; i < maxPerCaller && watch.Elapsed.TotalSeconds < seconds; i++)
            {
                var fired = await movers.FireAsync(http, firstId + n);
                if (fired.Ok)
                {
                    mine.Add(Percentiles.Milliseconds(fired.SentAt, fired.OkAt));
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var elapsed = watch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        return new ThroughputResult(all.Count / elapsed, Percentiles.Of(all), failures);
    }
}
