using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using OpsBoard.Bench.Report;

namespace OpsBoard.Bench.Scenarios;

public sealed record QueueResult(int Handed, int Duplicates, int Errors, double CallsPerSecond, Percentiles Latency, bool Emptied);

/// <summary>Many agents asking the same queue for their next item at once, until it answers that it is empty.</summary>
public static class QueueContention
{
    public static async Task<QueueResult> RunAsync(IReadOnlyList<HttpClient> agents, string queue, int items, double maxSeconds)
    {
        var handed = new ConcurrentBag<long>();
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var calls = 0;
        var emptied = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(agents.Select(http => Task.Run(async () =>
        {
            // Bounded in count and time: an honest queue empties in items + agents calls.
            while (Volatile.Read(ref calls) < items + (2 * agents.Count) && watch.Elapsed.TotalSeconds < maxSeconds)
            {
                Interlocked.Increment(ref calls);
                var sentAt = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync($"/api/v1/queues/{queue}/next", null);
                var body = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<ItemBody>() : null;
                latencies.Add(Percentiles.Milliseconds(sentAt, Stopwatch.GetTimestamp()));
                if (response.StatusCode == HttpStatusCode.NoContent)
                {
                    Interlocked.Exchange(ref emptied, 1);
                    return;
                }
                if (body is null)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }
                handed.Add(body.Id);
            }
        })));
        var elapsed = watch.Elapsed.TotalSeconds;
        var all = handed.ToList();
        return new QueueResult(all.Count, all.Count - all.Distinct().Count(), errors, latencies.Count / elapsed, Percentiles.Of(latencies), emptied == 1);
    }

    private sealed record ItemBody(long Id);
}
