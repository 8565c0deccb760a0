using System.Diagnostics;
using OpsBoard.Bench.Clients;
using OpsBoard.Bench.Report;

namespace OpsBoard.Bench.Scenarios;

public sealed record ScaleResult(int Items, Percentiles Board, Percentiles Transition, TimeSpan Seeded, TimeSpan Started);

/// <summary>Sequential reads of the board and sequential transitions, one at a time, so each figure is the cost of one.</summary>
public static class BoardAtScale
{
    public static async Task<(Percentiles Board, Percentiles Transition)> MeasureAsync(HttpClient http, Movers movers, long firstId, int movable, int samples)
    {
        for (var i = 0; i < 20; i++)
        {
            // Warm-up: JIT, connection, query plans.
            await http.GetStringAsync("/api/v1/board");
            await movers.FireAsync(http, firstId + (i % movable));
        }
        var board = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await http.GetStringAsync("/api/v1/board");
            board.Add(Percentiles.Milliseconds(start, Stopwatch.GetTimestamp()));
        }
        var transitions = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var fired = await movers.FireAsync(http, firstId + (i % movable));
            if (!fired.Ok)
            {
                throw new InvalidOperationException($"A transition of item {fired.ItemId} was refused.");
            }
            transitions.Add(Percentiles.Milliseconds(fired.SentAt, fired.OkAt));
        }
        return (Percentiles.Of(board), Percentiles.Of(transitions));
    }
}
