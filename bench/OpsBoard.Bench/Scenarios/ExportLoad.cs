using System.Diagnostics;
using OpsBoard.Bench.Clients;

namespace OpsBoard.Bench.Scenarios;

/// <summary>
/// One export of every item: how long it took, what it sent, and, in the server, its resident memory and managed heap
/// at their peak above the idle reading before it, and the bytes it allocated.
/// </summary>
public sealed record ExportResult(string Name, double Seconds, long Bytes, long PeakResident, long PeakHeap, long Allocated);

/// <summary>
/// Every item read out of the server at once, through the product's export (CSV, or XLSX written straight to the
/// response) or, as the baseline, the same query and columns written by the earlier OpenXml package writer.
/// </summary>
public static class ExportLoad
{
    public static Task<ExportResult> RunAsync(ServerProcess server, HttpClient http, string way) =>
        MeasureAsync(server, way, async () =>
        {
            var url = way == "openxml"
                ? new Uri(server.Control.BaseAddress!, "/export/openxml")
                : new Uri(http.BaseAddress!, $"/api/v1/items/export?format={way}");
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[64 * 1024];
            long bytes = 0;
            for (int read; (read = await body.ReadAsync(buffer)) > 0;)
            {
                bytes += read;
            }
            return bytes;
        });

    private static async Task<ExportResult> MeasureAsync(ServerProcess server, string name, Func<Task<long>> run)
    {
        await server.MemoryAsync();
        var idle = await server.ResidentAsync();
        using var stop = new CancellationTokenSource();
        var (resident, heap) = (idle.WorkingSet, idle.ManagedHeap);
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var now = await server.ResidentAsync();
                (resident, heap) = (Math.Max(resident, now.WorkingSet), Math.Max(heap, now.ManagedHeap));
                await Task.Delay(20);
            }
        });
        var started = Stopwatch.GetTimestamp();
        var bytes = await run();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        var after = await server.ResidentAsync();
        return new ExportResult(name, seconds, bytes, resident - idle.WorkingSet, heap - idle.ManagedHeap, after.Allocated - idle.Allocated);
    }
}
