using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Bench.Scenarios;
using OpsBoard.Data;
using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Items;

namespace OpsBoard.Bench.Serve;

public sealed record LoopRequest(long FirstId, int Items, double Seconds, int MaxCount);

/// <summary>How many transitions went through in how long, and the server's CPU time per transition (all its threads).</summary>
public sealed record LoopResult(int Count, double Seconds, int Failures, double CpuMicroseconds)
{
    public double PerSecond => Count / Seconds;
}

/// <summary>Transitions fired straight at the one write path (state machine, EF Core, event), no HTTP, one scope each as a request would have.</summary>
public static class DomainLoop
{
    public static async Task<LoopResult> RunAsync(IServiceProvider services, LoopRequest request)
    {
        var actor = Actor.Of("ana", Roles.Agent);
        var state = new Dictionary<long, (string State, int Version)>();
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
            var last = request.FirstId + request.Items;
            foreach (var i in await db.Items.AsNoTracking().Where(i => i.Id >= request.FirstId && i.Id < last).Select(i => new { i.Id, i.State, i.Version }).ToListAsync())
            {
                state[i.Id] = (i.State, i.Version);
            }
        }
        var ids = state.Keys.Order().ToArray();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int count = 0, failures = 0;
        while (count < request.MaxCount && watch.Elapsed.TotalSeconds < request.Seconds)
        {
            var id = ids[count % ids.Length];
            var (current, version) = state[id];
            var trigger = ClaimCycle.NextTrigger(current);
            using var scope = services.CreateScope();
            var commands = scope.ServiceProvider.GetRequiredService<FireHandler>();
            var result = await commands.HandleAsync(actor, new FireCommand(id, trigger, version, null, ClaimCycle.ValuesFor(trigger)));
            if (result.Succeeded)
            {
                state[id] = (result.Item!.State, result.Item.Version);
            }
            else
            {
                failures++;
            }
            count++;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        return new LoopResult(count - failures, seconds, failures, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / Math.Max(1, count));
    }
}
