using System.Diagnostics;
using Microsoft.Playwright;
using OpsBoard.Bench.Clients;
using OpsBoard.Bench.Report;
using OpsBoard.Bench.Scenarios;
using OpsBoard.Bench.Seeding;
using OpsBoard.Bench.Serve;

namespace OpsBoard.Bench;

/// <summary>Runs the scenarios in order, each against a server process on a freshly seeded database.</summary>
public sealed class Driver(BenchOptions o, string directory)
{
    // Id ranges of the seeded movers, one per scenario, so every scenario starts from a known state (scale has its own databases).
    private const long ApiIds = 101, DomainIds = 201, RawIds = 301, ScaleIds = 401, WarmIds = 401, PushIds = 501;

    // Enough claims that each is fired again only after its last answer, even when answers are slow.
    private const int PushItems = 500, PushRounds = 3, ExportRounds = 3;

    private static readonly string[] Users = ["ana", "bruno", "carla", "diego"];
    private readonly BenchResults _results = new(o);

    public async Task<ResultTable> RunAsync()
    {
        Log($"OpsBoard bench, {(o.Quick ? "quick" : "full")} run, {Environment.ProcessorCount} cores, {o.Clients} hub clients");
        var main = Path.Combine(directory, "main.db");
        await PrepareAsync(main, new SeedPlan(BenchOptions.Movers, o.QueueItems, 0));
        await using (var server = await ServerProcess.StartAsync(main))
        {
            var movers = new Movers(BenchOptions.Movers);
            var tokens = await Task.WhenAll(Users.Select(server.TokenAsync));
            using var pusher = server.ClientFor(tokens[0]);
            await WarmUpAsync(server, pusher, movers);
            if (o.Runs("push"))
            {
                await PushAsync(server, pusher, movers, tokens[0]);
            }
            if (o.Runs("throughput"))
            {
                await ThroughputAsync(server, movers, tokens);
            }
            if (o.Runs("queue"))
            {
                await QueueAsync(server, tokens);
            }
            if (o.Runs("screens"))
            {
                await ScreensAsync(server, tokens[1]);
            }
            if (o.Runs("pages"))
            {
                await PagesAsync(server);
            }
        }
        if (o.Runs("scale"))
        {
            await ScaleAsync([o.SmallItems, o.LargeItems]);
        }
        if (o.Runs("export"))
        {
            await ExportAsync();
        }
        if (o.Runs("memory"))
        {
            _results.MemoryLoad = await MemoryLoadAsync(null);
            _results.MemoryLoadBaseline = await MemoryLoadAsync(new Dictionary<string, string>
            {
                ["OpsBoard:Memory:TrimWhenIdle"] = "false",
                ["OpsBoard:Memory:NativeArenas"] = "0",
            });
        }
        return _results.Table();
    }

    private static async Task WarmUpAsync(ServerProcess server, HttpClient http, Movers movers)
    {
        for (var i = 0; i < 50; i++)
        {
            await movers.FireAsync(http, WarmIds + (i % 20));
            await BroadcastAsync(server, -1 - i);
        }
    }

    private async Task PushAsync(ServerProcess server, HttpClient http, Movers movers, string token)
    {
        var none = await server.MemoryAsync();
        var hub = new UriBuilder(server.Product) { Scheme = "ws", Path = "/hubs/ops", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        Log($"Connecting {o.Clients} clients to the OpsBoard hub");
        await using var product = await HubClientPool.ConnectAsync(hub, o.Clients, "board");
        await Task.Delay(TimeSpan.FromSeconds(2));
        _results.Memory = (none, await server.MemoryAsync());
        var bare = new UriBuilder(server.Control.BaseAddress!) { Scheme = "ws", Path = "/hubs/bare" }.Uri;
        Log($"Connecting {o.Clients} clients to the bare hub");
        await using var baseline = await HubClientPool.ConnectAsync(bare, o.Clients, "board");
        await Task.Delay(TimeSpan.FromSeconds(2));

        // Alternating rounds, so a change in the machine's load falls on both sides alike.
        var (ours, theirs) = (new PushTally(), new PushTally());
        var perRound = (int)(o.PushPerSecond * o.PushSeconds / PushRounds);
        for (var round = 0; round < PushRounds; round++)
        {
            Log($"Push round {round + 1}/{PushRounds}: {o.PushPerSecond}/s for {o.PushSeconds / PushRounds:0.#} s through the REST API, then the bare hub");
            await PushLatency.RunAsync(product, i => movers.FireAsync(http, PushIds + (i % PushItems)), o.PushPerSecond, o.PushSeconds / PushRounds,
                round * perRound, ours);
            await PushLatency.RunAsync(baseline, i => BroadcastAsync(server, i), o.PushPerSecond, o.PushSeconds / PushRounds, round * perRound, theirs);
        }
        (_results.Push, _results.BarePush) = (ours.Result(), theirs.Result());
    }

    private static async Task<Fired> BroadcastAsync(ServerProcess server, int n)
    {
        // The same payload the product sends for the same move, for an item id no product item has.
        var id = 2_000_000L + n;
        var payload = new Live.HubPayload(id, "claim", "RequestEvidence", ClaimCycle.Investigating, ClaimCycle.AwaitingEvidence, 2, "ana", "ana",
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1));
        var sentAt = Stopwatch.GetTimestamp();
        using var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(server.Control, "/broadcast", payload);
        return new Fired(response.IsSuccessStatusCode, id, 2, sentAt, Stopwatch.GetTimestamp());
    }

    private async Task ThroughputAsync(ServerProcess server, Movers movers, string[] tokens)
    {
        var request = new LoopRequest(RawIds, 100, o.ThroughputSeconds, 1_000_000);
        Log($"Throughput: raw Microsoft.Data.Sqlite for {o.ThroughputSeconds} s");
        _results.Raw = await server.LoopAsync("raw", request);
        Log($"Throughput: domain + EF Core for {o.ThroughputSeconds} s");
        _results.Domain = await server.LoopAsync("domain", request with { FirstId = DomainIds });
        Log($"Throughput: REST API, {o.ApiCallers} callers for {o.ThroughputSeconds} s");
        var callers = Enumerable.Range(0, o.ApiCallers).Select(i => server.ClientFor(tokens[i % tokens.Length])).ToList();
        _results.Api = await ApiThroughput.RunAsync(callers, movers, ApiIds, o.ThroughputSeconds, 100_000);
        callers.ForEach(c => c.Dispose());
    }

    private async Task QueueAsync(ServerProcess server, string[] tokens)
    {
        Log($"Queue: {o.Agents} agents taking {o.QueueItems} items");
        var agents = Enumerable.Range(0, o.Agents).Select(i => server.ClientFor(tokens[i % tokens.Length])).ToList();
        _results.Queue = await QueueContention.RunAsync(agents, ClaimCycle.Queue, o.QueueItems, 300);
        agents.ForEach(a => a.Dispose());
    }

    private async Task ScreensAsync(ServerProcess server, string token)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await Chromium.SignInAsync(browser, server.Product, Users[0]);
        Log($"Screens: server memory with none and with {o.MemoryPages} browser pages open");
        _results.PageMemory = await PageMemory.MeasureAsync(server, context, o.MemoryPages);

        Log($"Screens: {o.Screens} browser pages on {LiveScreens.QueuePath}, {o.ScreenItems} claims created at {o.ScreenPerSecond}/s");
        var pages = new List<IPage>(o.Screens);
        for (var i = 0; i < o.Screens; i++)
        {
            pages.Add(await Chromium.OpenLiveAsync(context, LiveScreens.QueuePath));
        }
        using var api = server.ClientFor(token);
        _results.Screens = await LiveScreens.RunAsync(pages, api, o.ScreenItems, o.ScreenPerSecond);
        foreach (var page in pages)
        {
            await PageMemory.LeaveAsync(page);
        }
    }

    /// <summary>Memory per open page for pages of different weight, one after the other in the same server.</summary>
    private async Task PagesAsync(ServerProcess server)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await Chromium.SignInAsync(browser, server.Product, Users[0]);
        foreach (var path in o.PagePaths)
        {
            Log($"Pages: server memory with none and with {o.MemoryPages} pages of {path} open");
            var result = await PageMemory.MeasureAsync(server, context, o.MemoryPages, path);
            Log($"  {path}: {(result.Open.WorkingSet - result.None.WorkingSet) / result.Pages / 1024} KB working set, "
                + $"{(result.Open.ManagedHeap - result.None.ManagedHeap) / result.Pages / 1024} KB managed heap per page");
            _results.Pages.Add(result);
        }
    }

    private async Task ScaleAsync(int[] sizes)
    {
        var seeded = new List<TimeSpan>();
        foreach (var items in sizes)
        {
            seeded.Add(await PrepareAsync(Path.Combine(directory, $"scale-{items}.db"),
                new SeedPlan(BenchOptions.Movers, BenchOptions.OpenItems - BenchOptions.Movers, items - BenchOptions.OpenItems)));
        }
        var servers = new List<ServerProcess>();
        var started = new List<TimeSpan>();
        var clients = new List<HttpClient>();
        try
        {
            foreach (var items in sizes)
            {
                var watch = Stopwatch.StartNew();
                servers.Add(await ServerProcess.StartAsync(Path.Combine(directory, $"scale-{items}.db")));
                started.Add(watch.Elapsed);
                clients.Add(servers[^1].ClientFor(await servers[^1].TokenAsync("ana")));
            }
            Log($"Scale: board and transitions at {string.Join(" and ", sizes.Select(n => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} items, in turn");
            var measured = await BoardAtScale.MeasureAsync(clients, () => new Movers(BenchOptions.Movers), ScaleIds, 100, o.Samples);
            for (var n = 0; n < sizes.Length; n++)
            {
                _results.Scale.Add(new ScaleResult(sizes[n], measured[n].Board, measured[n].Transition, seeded[n], started[n]));
            }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>The burst and the quiet after it, on a fresh server; the baseline is the same server without memory keeping.</summary>
    private async Task<MemoryLoadResult> MemoryLoadAsync(IReadOnlyDictionary<string, string>? settings)
    {
        var path = Path.Combine(directory, $"memory-{(settings is null ? "kept" : "baseline")}.db");
        await PrepareAsync(path, new SeedPlan(BenchOptions.Movers, o.QueueItems, 0));
        await using var server = await ServerProcess.StartAsync(path, settings);
        var tokens = await Task.WhenAll(Users.Select(server.TokenAsync));
        Log($"Memory: {o.MemoryClients} clients for {o.MemorySeconds} s, then idle for {o.MemoryIdle.TotalSeconds} s{(settings is null ? "" : " (baseline: no memory keeping)")}");
        return await MemoryUnderLoad.RunAsync(server, tokens, o.MemoryClients, o.MemorySeconds, o.MemoryIdle);
    }

    /// <summary>A fresh database: migrated and given its users by a first start of the product, then seeded in bulk.</summary>
    private async Task ExportAsync()
    {
        var path = Path.Combine(directory, "export.db");
        await PrepareAsync(path, new SeedPlan(BenchOptions.Movers, BenchOptions.ExportItems - BenchOptions.Movers, 0));
        await using var server = await ServerProcess.StartAsync(path);
        using var http = server.ClientFor(await server.TokenAsync("carla"));
        // Each once to warm up, then measured in turn, round after round, so a change in the machine's load falls on all alike.
        string[] ways = ["xlsx", "openxml", "csv"];
        foreach (var way in ways)
        {
            await ExportLoad.RunAsync(server, http, way);
        }
        Log($"Export: {BenchOptions.ExportItems:N0} items as XLSX streamed, XLSX through OpenXml (baseline) and CSV, {ExportRounds} rounds");
        for (var round = 0; round < ExportRounds; round++)
        {
            foreach (var way in ways)
            {
                var result = await ExportLoad.RunAsync(server, http, way);
                Log($"  {way}: {result.Seconds:0.00} s, {result.Bytes / 1024} KiB, peak resident +{result.PeakResident / 1024} KiB, "
                    + $"peak heap +{result.PeakHeap / 1024} KiB, allocated {result.Allocated / 1048576} MiB");
                _results.Exports.Add(result);
            }
        }
    }

    private static async Task<TimeSpan> PrepareAsync(string path, SeedPlan plan)
    {
        await (await ServerProcess.StartAsync(path)).DisposeAsync();
        Log($"Seeding {plan.Total:N0} items");
        var took = await BulkSeeder.SeedAsync(path, plan);
        Log($"Seeded in {took.TotalSeconds:0.0} s");
        return took;
    }

    private static void Log(string line) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {line}");
}
