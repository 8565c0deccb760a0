using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsBoard.Bench.Report;

namespace OpsBoard.Bench.Scenarios;

/// <summary>Latency from each 201 to the new row showing on every open page, and rows that never showed.</summary>
public sealed record ScreensResult(Percentiles Latency, long Lost, int Sent, int Refused);

/// <summary>
/// Real browser pages on a live screen: the queue page, narrowed to a search only this run's items match, so each
/// created claim is a new row on every page. Each page notes in the browser the first moment each row appears.
/// </summary>
public static class LiveScreens
{
    public const string QueuePath = "/queues/" + ClaimCycle.Queue;

    // Runs on every page: the browser's own clock at the first appearance of each keyed row, whatever re-renders follow.
    private const string Observe = """
        () => {
            window.__seen = {};
            const note = () => {
                const t = Date.now();
                for (const e of document.querySelectorAll('[data-key]')) {
                    const key = e.getAttribute('data-key');
                    if (!(key in window.__seen)) window.__seen[key] = t;
                }
            };
            note();
            new MutationObserver(note).observe(document.body, { childList: true, subtree: true });
        }
        """;

    public static async Task<ScreensResult> RunAsync(IReadOnlyList<IPage> pages, HttpClient api, int items, int perSecond)
    {
        var prefix = $"screens-{Guid.NewGuid():N}"[..16];
        foreach (var page in pages)
        {
            await ShowHundredRowsAsync(page);
            await page.FillAsync(".data-table-filter input", prefix);
            await page.WaitForSelectorAsync($".queue-items[data-search=\"{prefix}\"]");
            await page.EvaluateAsync(Observe);
        }

        var interval = Stopwatch.Frequency / perSecond;
        var start = Stopwatch.GetTimestamp();
        var pending = new List<Task<(long Id, double OkAt)?>>(items);
        for (var n = 0; n < items; n++)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), start + (n * interval));
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            pending.Add(CreateAsync(api, $"{prefix} {n}"));
        }
        var created = (await Task.WhenAll(pending)).OfType<(long Id, double OkAt)>().ToDictionary(c => c.Id.ToString(CultureInfo.InvariantCulture), c => c.OkAt);

        // Give the last rows time to show, bounded: whatever no page shows by then is lost.
        var seen = await DrainAsync(pages, created.Keys, TimeSpan.FromSeconds(10));
        var latencies = new List<double>(created.Count * pages.Count);
        long lost = 0;
        foreach (var shown in seen)
        {
            foreach (var (key, okAt) in created)
            {
                if (shown.TryGetValue(key, out var at))
                {
                    // A row can show before its 201 has been read; that counts as zero, not as negative.
                    latencies.Add(Math.Max(0, at - okAt));
                }
                else
                {
                    lost++;
                }
            }
        }
        return new ScreensResult(Percentiles.Of(latencies), lost, created.Count, items - created.Count);
    }

    /// <summary>The pager's largest page, so every claim of the run is a row on the first page, as the pages stay there.</summary>
    private static async Task ShowHundredRowsAsync(IPage page)
    {
        await page.SelectOptionAsync("[data-test=queue-table] [data-test=page-size]", "100");
        // The seeded queue holds thousands of claims: more than the first size's rows means the server has the new size.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-test=queue-table] tbody tr').length > 25");
    }

    private static async Task<(long Id, double OkAt)?> CreateAsync(HttpClient api, string title)
    {
        using var response = await api.PostAsJsonAsync("/api/v1/items", new { type = "claim", title, fields = new { client = "Screens bench" } });
        // Milliseconds since the epoch, the clock the pages' Date.now() reads on this same machine.
        var okAt = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).TotalMilliseconds;
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
        {
            return null;
        }
        var item = (await response.Content.ReadFromJsonAsync<ItemBody>())!;
        return (item.Id, okAt);
    }

    private static async Task<List<Dictionary<string, double>>> DrainAsync(IReadOnlyList<IPage> pages, IEnumerable<string> keys, TimeSpan bound)
    {
        var wanted = keys.ToList();
        var until = Stopwatch.GetTimestamp() + (long)(bound.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var seen = new List<Dictionary<string, double>>(pages.Count);
            foreach (var page in pages)
            {
                seen.Add(await page.EvaluateAsync<Dictionary<string, double>>("() => window.__seen"));
            }
            if (seen.All(s => wanted.All(s.ContainsKey)) || Stopwatch.GetTimestamp() >= until)
            {
                return seen;
            }
            await Task.Delay(100);
        }
    }

    private sealed record ItemBody(long Id);
}
