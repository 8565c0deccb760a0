using OpsBoard.Bench.Report;
using OpsBoard.Bench.Scenarios;
using OpsBoard.Bench.Serve;
using static OpsBoard.Bench.Report.ResultTable;

namespace OpsBoard.Bench;

/// <summary>What the scenarios measured, turned into the table's rows against the issue's targets.</summary>
public sealed class BenchResults(BenchOptions o)
{
    public (MemoryReading None, MemoryReading Connected)? Memory { get; set; }

    public PushResult? Push { get; set; }

    public PushResult? BarePush { get; set; }

    public LoopResult? Raw { get; set; }

    public LoopResult? Domain { get; set; }

    public ThroughputResult? Api { get; set; }

    public QueueResult? Queue { get; set; }

    public List<ScaleResult> Scale { get; } = [];

    public ScreensResult? Screens { get; set; }

    public PageMemoryResult? PageMemory { get; set; }

    public List<PageMemoryResult> Pages { get; } = [];

    public MemoryLoadResult? MemoryLoad { get; set; }

    public MemoryLoadResult? MemoryLoadBaseline { get; set; }

    public List<ExportResult> Exports { get; } = [];

    public ResultTable Table()
    {
        var t = new ResultTable();
        if (Push is { } p && BarePush is { } b)
        {
            var label = $"push to {o.Clients} clients, {o.PushPerSecond}/s for {o.PushSeconds} s";
            t.Add(new($"{label}: p50", Ms(p.Latency.P50), Ms(b.Latency.P50), Ratio(p.Latency.P50, b.Latency.P50), "", null));
            t.Add(new($"{label}: p99", Ms(p.Latency.P99), Ms(b.Latency.P99), Ratio(p.Latency.P99, b.Latency.P99), "≤ 50 ms and ≤ 2× bare",
                p.Latency.P99 <= 50 && p.Latency.P99 <= 2 * Math.Max(b.Latency.P99, 1)));
            t.Add(new($"{label}: max", Ms(p.Latency.Max), Ms(b.Latency.Max), Ratio(p.Latency.Max, b.Latency.Max), "", null));
            t.Add(new($"{label}: lost of {Num(p.Sent * (double)o.Clients)} (refused calls: {p.Refused})", Num(p.Lost), Num(b.Lost), "", "0", p.Lost == 0 && p.Refused == 0));
        }
        if (Raw is { } raw)
        {
            if (Domain is { } d)
            {
                t.Add(new("transitions/s, domain + EF Core, no HTTP (1 writer)", Num(d.PerSecond), Num(raw.PerSecond), Ratio(d.PerSecond, raw.PerSecond),
                    "≥ 0.30× raw", d.PerSecond >= 0.3 * raw.PerSecond && d.Failures == 0));
                t.Add(new("server CPU time per transition, domain + EF Core (all threads)", $"{Num(d.CpuMicroseconds)} µs", $"{Num(raw.CpuMicroseconds)} µs",
                    Ratio(d.CpuMicroseconds, raw.CpuMicroseconds), "", null));
            }
            if (Api is { } a)
            {
                t.Add(new($"transitions/s, REST API, {o.ApiCallers} callers", Num(a.PerSecond), Num(raw.PerSecond), Ratio(a.PerSecond, raw.PerSecond),
                    "≥ 1,500/s", a.PerSecond >= 1500 && a.Failures == 0));
                t.Add(new($"REST API transition latency ({o.ApiCallers} callers): p50 / p99", $"{Ms(a.Latency.P50)} / {Ms(a.Latency.P99)}", "", "", "p99 ≤ 50 ms",
                    a.Latency.P99 <= 50));
            }
        }
        if (Queue is { } q)
        {
            t.Add(new($"queue, {o.Agents} agents, {Num(o.QueueItems)} items: handed out twice (handed {Num(q.Handed)}, emptied: {(q.Emptied ? "yes" : "no")})",
                Num(q.Duplicates), "", "", "0", q.Duplicates == 0 && q.Emptied && q.Handed == o.QueueItems && q.Errors == 0));
            t.Add(new("queue: calls/s; p50 / p99", $"{Num(q.CallsPerSecond)}/s; {Ms(q.Latency.P50)} / {Ms(q.Latency.P99)}", "", "", "p99 ≤ 50 ms", q.Latency.P99 <= 50));
        }
        Exporting(t);
        if (Scale.Count == 2)
        {
            var (small, large) = (Scale[0], Scale[1]);
            var label = $"{Num(large.Items, "N0")} vs {Num(small.Items, "N0")} items";
            t.Add(new($"GET /api/v1/board p50, {label}", Ms(large.Board.P50), Ms(small.Board.P50), Ratio(large.Board.P50, small.Board.P50), "≤ 1.5×",
                large.Board.P50 <= 1.5 * small.Board.P50));
            t.Add(new($"one transition p50, {label}", Ms(large.Transition.P50), Ms(small.Transition.P50),
                Ratio(large.Transition.P50, small.Transition.P50), "≤ 1.5×", large.Transition.P50 <= 1.5 * small.Transition.P50));
            t.Add(new($"server start (load of the board), {label}", Ms(large.Started.TotalMilliseconds), Ms(small.Started.TotalMilliseconds),
                Ratio(large.Started.TotalMilliseconds, small.Started.TotalMilliseconds), "", null));
        }
        if (Screens is { } s)
        {
            var label = $"push to {o.Screens} browser pages, {s.Sent} new claims at {o.ScreenPerSecond}/s";
            t.Add(new($"{label}: p50", Ms(s.Latency.P50), "", "", "", null));
            t.Add(new($"{label}: p99", Ms(s.Latency.P99), "", "", "p99 ≤ 250 ms", s.Latency.P99 <= 250));
            t.Add(new($"{label}: max", Ms(s.Latency.Max), "", "", "", null));
            t.Add(new($"{label}: lost of {Num(s.Sent * (double)o.Screens)} (refused calls: {s.Refused})", Num(s.Lost), "", "", "0",
                s.Lost == 0 && s.Refused == 0 && s.Sent > 0));
        }
        if (PageMemory is { } pm)
        {
            var perPage = (pm.Open.WorkingSet - pm.None.WorkingSet) / (double)pm.Pages / 1024;
            var heap = (pm.Open.ManagedHeap - pm.None.ManagedHeap) / (double)pm.Pages / 1024;
            t.Add(new($"server working set per open browser page (Blazor circuit; {pm.Pages} open vs none)", $"{Num(perPage, "0.0")} KB", "", "", "≤ 300 KB",
                perPage <= 300));
            t.Add(new("  of which managed heap per page", $"{Num(heap, "0.0")} KB", "", "", "", null));
        }
        foreach (var page in Pages)
        {
            var perPage = (page.Open.WorkingSet - page.None.WorkingSet) / (double)page.Pages / 1024;
            var heap = (page.Open.ManagedHeap - page.None.ManagedHeap) / (double)page.Pages / 1024;
            t.Add(new($"server working set (managed heap) per open page of {page.Path}, {page.Pages} open vs none",
                $"{Num(perPage, "0")} KB ({Num(heap, "0")} KB)", "", "", "≤ 300 KB", perPage <= 300));
        }
        if (Memory is { } m)
        {
            var perClient = (m.Connected.WorkingSet - m.None.WorkingSet) / (double)o.Clients / 1024;
            var heap = (m.Connected.ManagedHeap - m.None.ManagedHeap) / (double)o.Clients / 1024;
            t.Add(new($"server working set per hub client ({o.Clients} connected vs none)", $"{Num(perClient, "0.0")} KB", "", "", "≤ 100 KB", perClient <= 100));
            t.Add(new("  of which managed heap per client", $"{Num(heap, "0.0")} KB", "", "", "", null));
        }
        if (MemoryLoad is { } ml && MemoryLoadBaseline is { } mb)
        {
            var label = $"{o.MemoryClients} clients for {o.MemorySeconds} s, then {o.MemoryIdle.TotalSeconds} s idle";
            t.Add(new($"resident memory at start ({label}; baseline: no memory keeping)", Mb(ml.Start.WorkingSet), Mb(mb.Start.WorkingSet), "", "", null));
            t.Add(new("  at the peak of the burst", Mb(ml.Peak), Mb(mb.Peak), Ratio(ml.Peak, mb.Peak), "", null));
            var back = (ml.Idle.WorkingSet - ml.Start.WorkingSet) / 1048576.0;
            t.Add(new("  once idle, above the start", $"{Num(back, "0")} MB", $"{Num((mb.Idle.WorkingSet - mb.Start.WorkingSet) / 1048576.0, "0")} MB", "",
                "≤ 100 MB", back <= 100));
            t.Add(new("  SQLite connections open once idle", Num(ml.Idle.DatabaseHandles), Num(mb.Idle.DatabaseHandles), "", "", null));
            t.Add(new($"  requests served in the burst (failed)", $"{Num(ml.Requests)} ({Num(ml.Failures)})", $"{Num(mb.Requests)} ({Num(mb.Failures)})",
                "", "0 failed", ml.Failures == 0));
        }
        return t;
    }

    /// <summary>Each way's median over its rounds; the streamed workbook against the earlier package writer.</summary>
    private void Exporting(ResultTable t)
    {
        ExportResult? Median(string way, Func<ExportResult, double> of) =>
            Exports.Where(e => e.Name == way).OrderBy(of).ElementAtOrDefault(Exports.Count(e => e.Name == way) / 2);
        double Figure(string way, Func<ExportResult, double> of) => Median(way, of) is { } r ? of(r) : double.NaN;
        if (Median("xlsx", e => e.Seconds) is null)
        {
            return;
        }
        var rows = $"{Num(BenchOptions.ExportItems, "N0")} items";
        (string Label, Func<ExportResult, double> Of, Func<double, string> Show)[] measures =
        [
            ("time", e => e.Seconds * 1000, Ms),
            ("peak resident memory above idle", e => e.PeakResident, v => $"{Num(v / 1048576.0, "0.0")} MiB"),
            ("peak managed heap above idle", e => e.PeakHeap, v => $"{Num(v / 1048576.0, "0.0")} MiB"),
            ("allocated", e => e.Allocated, v => $"{Num(v / 1048576.0, "0")} MiB"),
            ("size sent", e => e.Bytes, v => $"{Num(v / 1048576.0, "0.0")} MiB"),
        ];
        foreach (var (label, of, show) in measures)
        {
            var (ours, theirs) = (Figure("xlsx", of), Figure("openxml", of));
            t.Add(new($"XLSX export of {rows} (baseline: OpenXml package): {label}", show(ours), show(theirs), Ratio(ours, theirs), "", null));
        }
        foreach (var (label, of, show) in measures)
        {
            t.Add(new($"CSV export of {rows}: {label}", show(Figure("csv", of)), "", "", "", null));
        }
    }

    private static string Mb(long bytes) => Num(bytes / 1048576.0, "0") + " MB";
}
