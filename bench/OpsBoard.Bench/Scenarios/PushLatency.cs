using System.Diagnostics;
using OpsBoard.Bench.Clients;
using OpsBoard.Bench.Report;

namespace OpsBoard.Bench.Scenarios;

/// <summary>Latency from each 200 to the arrival of its change at every client, and changes that never arrived.</summary>
public sealed record PushResult(Percentiles Latency, long Lost, int Sent, int Refused);

/// <summary>The samples of several rounds of one side (product or bare), added up.</summary>
public sealed class PushTally
{
    private readonly List<double> _latencies = [];
    private long _lost;
    private int _sent;
    private int _refused;

    public void Add(IEnumerable<double> latencies, long lost, int sent, int refused)
    {
        _latencies.AddRange(latencies);
        _lost += lost;
        _sent += sent;
        _refused += refused;
    }

    public PushResult Result() => new(Percentiles.Of(_latencies), _lost, _sent, _refused);
}

/// <summary>
/// Fires changes at a steady rate (each one answered by a 200 carrying the item and version) and
/// matches them with what every subscribed client received.
/// </summary>
public static class PushLatency
{
    public static async Task RunAsync(HubClientPool pool, Func<int, Task<Fired>> fire, int perSecond, double seconds, int firstIndex, PushTally tally)
    {
        foreach (var client in pool.Clients)
        {
            client.ClearReceipts();
        }
        var total = (int)(perSecond * seconds);
        var interval = Stopwatch.Frequency / perSecond;
        var start = Stopwatch.GetTimestamp();
        var pending = new List<Task<Fired>>(total);
        for (var i = 0; i < total; i++)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), start + (i * interval));
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            pending.Add(fire(firstIndex + i));
        }
        var fired = await Task.WhenAll(pending);
        var okAt = fired.Where(f => f.Ok).ToDictionary(f => HubClient.KeyOf(f.ItemId, f.Version), f => f.OkAt);

        // Give the last changes time to arrive, bounded: whatever has not arrived by then is lost.
        var drainUntil = Stopwatch.GetTimestamp() + (10 * Stopwatch.Frequency);
        // Counted by the changes fired in this round: a late push of an earlier round, or the same push twice, is not one of them.
        while (pool.Clients.Any(c => Heard(c, okAt) < okAt.Count) && Stopwatch.GetTimestamp() < drainUntil)
        {
            await Task.Delay(50);
        }

        var latencies = new List<double>(okAt.Count * pool.Clients.Count);
        long lost = 0;
        foreach (var client in pool.Clients)
        {
            var seen = new HashSet<long>();
            foreach (var (key, at) in client.Receipts())
            {
                if (okAt.TryGetValue(key, out var ok) && seen.Add(key))
                {
                    // A push can overtake its own HTTP answer; that counts as zero, not as negative.
                    latencies.Add(Math.Max(0, Percentiles.Milliseconds(ok, at)));
                }
            }
            lost += okAt.Count - seen.Count;
        }
        tally.Add(latencies, lost, okAt.Count, fired.Count(f => !f.Ok));
    }

    private static int Heard(HubClient client, Dictionary<long, long> okAt) =>
        client.Receipts().Select(r => r.Key).Where(okAt.ContainsKey).Distinct().Count();
}
