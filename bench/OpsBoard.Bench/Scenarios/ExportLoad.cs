using System.Diagnostics;
using System.Text.Json;
using OpsBoard.Bench.Clients;

namespace OpsBoard.Bench.Scenarios;

/// <summary>How long one way of reading every item took, what it sent, and the server's resident memory at its peak above idle.</summary>
public sealed record ExportResult(string Name, double Seconds, long Rows, long Bytes, long PeakAboveIdle);

/// <summary>
/// Every item read out of the server at once: as a CSV or XLSX export written as it is read, and, as the
/// baseline, through the JSON list a page of 500 at a time, as a client without the export would do.
/// </summary>
public static class ExportLoad
{
    public static Task<ExportResult> ExportAsync(ServerProcess server, HttpClient http, string format) =>
        MeasureAsync(server, $"export {format}", async () =>
        {
            using var response = await http.GetAsync($"/api/v1/items/export?format={format}", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[64 * 1024];
            long bytes = 0, lines = 0;
            for (int read; (read = await body.ReadAsync(buffer)) > 0;)
            {
                bytes += read;
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }
            // A workbook is compressed: its rows are counted by the caller from the list's total instead.
            return (format == "csv" ? lines - 1 : -1, bytes);
        });

    public static Task<ExportResult> PagesAsync(ServerProcess server, HttpClient http) =>
        MeasureAsync(server, "JSON list, 500 a page", async () =>
        {
            long rows = 0, bytes = 0;
            for (var page = 1; ; page++)
            {
                var json = await http.GetByteArrayAsync($"/api/v1/items?page={page}&pageSize=500");
                bytes += json.Length;
                using var document = JsonDocument.Parse(json);
                var count = document.RootElement.GetProperty("items").GetArrayLength();
                rows += count;
                if (count < 500)
                {
                    return (rows, bytes);
                }
            }
        });

    private static async Task<ExportResult> MeasureAsync(ServerProcess server, string name, Func<Task<(long Rows, long Bytes)>> run)
    {
        var idle = (await server.MemoryAsync()).WorkingSet;
        using var stop = new CancellationTokenSource();
        var peak = idle;
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, (await server.ResidentAsync()).WorkingSet);
                await Task.Delay(25);
            }
        });
        var started = Stopwatch.GetTimestamp();
        var (rows, bytes) = await run();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        return new ExportResult(name, seconds, rows, bytes, peak - idle);
    }
}
