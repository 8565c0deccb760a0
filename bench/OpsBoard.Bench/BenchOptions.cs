using System.Globalization;

namespace OpsBoard.Bench;

/// <summary>The run's sizes: the figures by default, smaller ones with <c>--quick</c> for development.</summary>
public sealed record BenchOptions(bool Quick, int Clients, int PushPerSecond, double PushSeconds, double ThroughputSeconds,
    int ApiCallers, int Agents, int QueueItems, int SmallItems, int LargeItems, int Samples)
{
    /// <summary>The scenarios to run (<c>--only push,throughput,queue,screens,pages,scale,export,memory</c>); all by default.</summary>
    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>();

    /// <summary>Browser pages on the live queue screen while claims are created, and claims created, at <see cref="ScreenPerSecond"/>.</summary>
    public int Screens { get; init; } = 10;

    public int ScreenItems { get; init; } = 60;

    public int ScreenPerSecond { get; init; } = 4;

    /// <summary>Browser pages opened at once for the server's memory per page.</summary>
    public int MemoryPages { get; init; } = 60;

    /// <summary>Clients hammering the server at once, for how long, and how long it is then left idle before the reading.</summary>
    public int MemoryClients { get; init; } = 200;

    public double MemorySeconds { get; init; } = 30;

    public TimeSpan MemoryIdle { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary><c>--paths /a,/b</c>: the pages the pages scenario compares, instead of its usual set.</summary>
    public IReadOnlyList<string> PagePaths { get; init; } = Scenarios.PageMemory.Compared;

    /// <summary><c>--db postgresql</c>: push, throughput and queue on app nodes over a PostgreSQL server of the run's own.</summary>
    public bool PostgreSql { get; init; }

    /// <summary><c>--nodes N</c>: how many app nodes share that server (2 by default).</summary>
    public int Nodes { get; init; } = 2;

    public bool Runs(string scenario) => Only.Count == 0 || Only.Contains(scenario);

    public const int Movers = 1000;
    public const int OpenItems = 10_000;

    /// <summary>Items read out at once by the export scenario.</summary>
    public const int ExportItems = 100_000;

    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var options = quick
            ? new BenchOptions(true, 200, 50, 5, 3, 32, 100, 2_000, OpenItems, 100_000, 50)
            : new BenchOptions(false, 1_000, 50, 30, 10, 32, 100, 10_000, OpenItems, 1_000_000, 200);
        return options with
        {
            Clients = Int(args, "--clients") ?? options.Clients,
            LargeItems = Int(args, "--large") ?? options.LargeItems,
            Screens = Int(args, "--screens") ?? 10,
            ScreenItems = quick ? 20 : 60,
            MemoryPages = quick ? 10 : 60,
            MemorySeconds = quick ? 10 : 30,
            PostgreSql = Array.IndexOf(args, "--db") is var db and >= 0 && db + 1 < args.Length
                && args[db + 1].Equals("postgresql", StringComparison.OrdinalIgnoreCase),
            Nodes = Int(args, "--nodes") ?? 2,
            PagePaths = Array.IndexOf(args, "--paths") is var paths and >= 0 && paths + 1 < args.Length
                ? args[paths + 1].Split(',')
                : Scenarios.PageMemory.Compared,
            Only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length
                ? args[at + 1].Split(',').ToHashSet()
                : new HashSet<string>(),
        };
    }

    private static int? Int(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }
}
