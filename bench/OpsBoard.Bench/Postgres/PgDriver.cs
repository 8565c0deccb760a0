using OpsBoard.Bench.Clients;
using OpsBoard.Bench.Report;
using OpsBoard.Bench.Scenarios;
using OpsBoard.Bench.Seeding;
using static OpsBoard.Bench.Report.ResultTable;

namespace OpsBoard.Bench.Postgres;

/// <summary>
/// <c>--db postgresql --nodes N</c>: the scenarios on N app nodes over one PostgreSQL server the bench makes itself,
/// each beside its baseline from the same run (one node, or SQLite) at the same sizes.
/// </summary>
public sealed class PgDriver(BenchOptions o, string directory, int nodes)
{
    private const long ApiIds = 101, PushIds = 501;
    private const int PushItems = 400, PushRounds = 3;
    private static readonly string[] Users = ["ana", "bruno", "carla", "diego"];
    private readonly ResultTable _table = new();

    public async Task<ResultTable> RunAsync()
    {
        Log($"OpsBoard bench on PostgreSQL, {nodes} nodes, {Environment.ProcessorCount} cores, {o.Clients} hub clients");
        using var cluster = PgCluster.Start(directory);
        if (o.Runs("push") || o.Runs("throughput"))
        {
            await using var deployment = await PgDeployment.StartAsync(cluster, directory, "moves", new SeedPlan(BenchOptions.Movers, 0, 0), nodes);
            var sqlite = await SqliteNode.StartAsync(Path.Combine(directory, "moves.db"), new SeedPlan(BenchOptions.Movers, 0, 0));
            await using (sqlite)
            {
                var (a, b) = (deployment.Nodes[0], deployment.Nodes[^1]);
                var movers = new Movers(BenchOptions.Movers);
                var sqliteMovers = new Movers(BenchOptions.Movers);
                if (o.Runs("push"))
                {
                    await PushAsync(a, b, sqlite, movers, sqliteMovers);
                }
                if (o.Runs("throughput"))
                {
                    await ThroughputAsync(deployment.Nodes, sqlite, movers, sqliteMovers);
                }
            }
        }
        if (o.Runs("queue"))
        {
            await QueueAsync(cluster);
        }
        return _table;
    }

    private async Task PushAsync(ServerProcess a, ServerProcess b, ServerProcess sqlite, Movers movers, Movers sqliteMovers)
    {
        using var writer = a.ClientFor(await a.TokenAsync("ana"));
        using var sqliteWriter = sqlite.ClientFor(await sqlite.TokenAsync("ana"));
        Log($"Push: {o.Clients} hub clients on node B, on node A and on the SQLite node");
        await using var across = await PoolAsync(b);
        await using var local = await PoolAsync(a);
        await using var single = await PoolAsync(sqlite);
        var tallies = new[] { new PushTally(), new PushTally(), new PushTally() };
        var perRound = (int)(o.PushPerSecond * o.PushSeconds / PushRounds);
        var seconds = o.PushSeconds / PushRounds;
        // Alternating rounds, so a change in the machine's load falls on all sides alike.
        for (var round = 0; round < PushRounds; round++)
        {
            Log($"Push round {round + 1}/{PushRounds}: {o.PushPerSecond}/s for {seconds:0.#} s, each side in turn");
            await PushLatency.RunAsync(across, i => movers.FireAsync(writer, PushIds + (i % PushItems)), o.PushPerSecond, seconds, round * perRound, tallies[0]);
            await PushLatency.RunAsync(local, i => movers.FireAsync(writer, PushIds + (i % PushItems)), o.PushPerSecond, seconds, round * perRound, tallies[1]);
            await PushLatency.RunAsync(single, i => sqliteMovers.FireAsync(sqliteWriter, PushIds + (i % PushItems)), o.PushPerSecond, seconds, round * perRound, tallies[2]);
        }
        var (x, l, s) = (tallies[0].Result(), tallies[1].Result(), tallies[2].Result());
        var label = $"push to {o.Clients} clients, {o.PushPerSecond}/s for {o.PushSeconds} s";
        foreach (var (name, pick) in new (string, Func<Percentiles, double>)[] { ("p50", p => p.P50), ("p95", p => p.P95), ("p99", p => p.P99) })
        {
            _table.Add(new($"{label}, written on A, clients on B vs on A: {name}", Ms(pick(x.Latency)), Ms(pick(l.Latency)), Ratio(pick(x.Latency), pick(l.Latency)), "", null));
            _table.Add(new($"{label}, PostgreSQL one node vs SQLite: {name}", Ms(pick(l.Latency)), Ms(pick(s.Latency)), Ratio(pick(l.Latency), pick(s.Latency)), "", null));
        }
        _table.Add(new($"{label}: lost across nodes / on one node / on SQLite (refused: {x.Refused}/{l.Refused}/{s.Refused})",
            Num(x.Lost), $"{Num(l.Lost)} / {Num(s.Lost)}", "", "0", x.Lost + l.Lost == 0 && x.Refused + l.Refused == 0));
    }

    private async Task<HubClientPool> PoolAsync(ServerProcess node)
    {
        var token = await node.TokenAsync("ana");
        var hub = new UriBuilder(node.Product) { Scheme = "ws", Path = "/hubs/ops", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        return await HubClientPool.ConnectAsync(hub, o.Clients, "board");
    }

    private async Task ThroughputAsync(IReadOnlyList<ServerProcess> nodes, ServerProcess sqlite, Movers movers, Movers sqliteMovers)
    {
        var label = $"transitions/s, REST API, {o.ApiCallers} callers for {o.ThroughputSeconds} s";
        Log($"Throughput: SQLite, then PostgreSQL on one node, then on {nodes.Count} nodes");
        var onSqlite = await ThroughputOnAsync([sqlite], sqliteMovers, ApiIds);
        var onOne = await ThroughputOnAsync([nodes[0]], movers, ApiIds);
        var onAll = await ThroughputOnAsync(nodes, movers, ApiIds + o.ApiCallers);
        _table.Add(new($"{label}: PostgreSQL one node vs SQLite", Num(onOne.PerSecond), Num(onSqlite.PerSecond), Ratio(onOne.PerSecond, onSqlite.PerSecond), "",
            null));
        _table.Add(new($"{label}: PostgreSQL {nodes.Count} nodes (writers split) vs one node", Num(onAll.PerSecond), Num(onOne.PerSecond),
            Ratio(onAll.PerSecond, onOne.PerSecond), "", null));
        _table.Add(new($"{label}: p99 latency, {nodes.Count} nodes / one node / SQLite", Ms(onAll.Latency.P99), $"{Ms(onOne.Latency.P99)} / {Ms(onSqlite.Latency.P99)}",
            "", "", null));
        _table.Add(new("transition failures, all runs", Num(onAll.Failures + onOne.Failures + onSqlite.Failures), "", "", "0",
            onAll.Failures + onOne.Failures + onSqlite.Failures == 0));
    }

    private async Task<ThroughputResult> ThroughputOnAsync(IReadOnlyList<ServerProcess> nodes, Movers movers, long firstId)
    {
        var callers = new List<HttpClient>();
        for (var i = 0; i < o.ApiCallers; i++)
        {
            var node = nodes[i % nodes.Count];
            callers.Add(node.ClientFor(await node.TokenAsync(Users[i % Users.Length])));
        }
        var result = await ApiThroughput.RunAsync(callers, movers, firstId, o.ThroughputSeconds, 100_000);
        callers.ForEach(c => c.Dispose());
        return result;
    }

    private async Task QueueAsync(PgCluster cluster)
    {
        var plan = new SeedPlan(BenchOptions.Movers, o.QueueItems, 0);
        var results = new List<QueueResult>();
        foreach (var count in new[] { 1, nodes })
        {
            Log($"Queue: {o.Agents} agents on {count} node(s) taking {o.QueueItems} items");
            await using var deployment = await PgDeployment.StartAsync(cluster, directory, $"queue{count}", plan, count);
            var agents = new List<HttpClient>();
            for (var i = 0; i < o.Agents; i++)
            {
                var node = deployment.Nodes[i % count];
                agents.Add(node.ClientFor(await node.TokenAsync(Users[i % Users.Length])));
            }
            results.Add(await QueueContention.RunAsync(agents, ClaimCycle.Queue, o.QueueItems, 300));
            agents.ForEach(a => a.Dispose());
        }
        var (one, all) = (results[0], results[1]);
        var label = $"take-next, {o.Agents} agents, {o.QueueItems} items";
        _table.Add(new($"{label}: calls/s, {nodes} nodes vs one node", Num(all.CallsPerSecond), Num(one.CallsPerSecond), Ratio(all.CallsPerSecond, one.CallsPerSecond), "",
            null));
        _table.Add(new($"{label}: p99, {nodes} nodes vs one node", Ms(all.Latency.P99), Ms(one.Latency.P99), Ratio(all.Latency.P99, one.Latency.P99), "", null));
        _table.Add(new($"{label}: handed out / duplicates / errors, {nodes} nodes vs one node", $"{all.Handed} / {all.Duplicates} / {all.Errors}",
            $"{one.Handed} / {one.Duplicates} / {one.Errors}", "", "all, 0, 0",
            all.Handed == o.QueueItems && all.Duplicates == 0 && all.Errors == 0 && one.Duplicates == 0));
    }

    private static void Log(string line) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
}
