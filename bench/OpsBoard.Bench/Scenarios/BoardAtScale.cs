using System.Diagnostics;
using OpsBoard.Bench.Clients;
using OpsBoard.Bench.Report;

namespace OpsBoard.Bench.Scenarios;

public sealed record ScaleResult(int Items, Percentiles Board, Percentiles Transition, TimeSpan Seeded, TimeSpan Started);

/// <summary>
/// Sequential reads of the board and sequential transitions, one at a time, so each figure is the
/// cost of one. The servers are asked in turn, call by call (first one first, then the other), so
/// a change in the machine's load falls on every size alike.
/// </summary>
public static class BoardAtScale
{
    public static async Task<IReadOnlyList<(Percentiles Board, Percentiles Transition)>> MeasureAsync(IReadOnlyList<HttpClient> servers,
        Func<Movers> newMovers, long firstId, int movable, int samples)
    {
        // Each server's items move on their own, so each has its own record of their versions.
        var movers = servers.Select(_ => newMovers()).ToList();
        for (var i = 0; i < 20; i++)
        {
            for (var s = 0; s < servers.Count; s++)
            {
                // Warm-up: JIT, connection, query plans.
                await servers[s].GetStringAsync("/api/v1/board");
                await movers[s].FireAsync(servers[s], firstId + (i % movable));
            }
        }
        var board = servers.Select(_ => new List<double>(samples)).ToList();
        var transitions = servers.Select(_ => new List<double>(samples)).ToList();
        for (var i = 0; i < samples; i++)
        {
            foreach (var s in InTurn(servers.Count, i))
            {
                var start = Stopwatch.GetTimestamp();
                await servers[s].GetStringAsync("/api/v1/board");
                board[s].Add(Percentiles.Milliseconds(start, Stopwatch.GetTimestamp()));
            }
        }
        for (var i = 0; i < samples; i++)
        {
            foreach (var s in InTurn(servers.Count, i))
            {
                var fired = await movers[s].FireAsync(servers[s], firstId + (i % movable));
                if (!fired.Ok)
                {
                    throw new InvalidOperationException($"A transition of item {fired.ItemId} was refused.");
                }
                transitions[s].Add(Percentiles.Milliseconds(fired.SentAt, fired.OkAt));
            }
        }
        return board.Zip(transitions, (b, t) => (Percentiles.Of(b), Percentiles.Of(t))).ToList();
    }

    private static IEnumerable<int> InTurn(int count, int round) =>
        round % 2 == 0 ? Enumerable.Range(0, count) : Enumerable.Range(0, count).Reverse();
}
