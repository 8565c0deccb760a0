using Microsoft.Playwright;
using OpsBoard.Bench.Clients;
using OpsBoard.Bench.Serve;

namespace OpsBoard.Bench.Scenarios;

/// <summary>The server's memory with no page open and with the given number open, each reading after a full collection.</summary>
public sealed record PageMemoryResult(MemoryReading None, MemoryReading Open, int Pages, string Path = LiveScreens.QueuePath);

/// <summary>What one open browser page (one Blazor circuit) keeps alive on the server.</summary>
public static class PageMemory
{
    /// <summary>
    /// The pages a desk keeps open (the queue with its tools and the queue list, a collector's portfolio, an item, the
    /// clients and protocols lists, the deposits to match, the wallboard), the workflows page, which has no list, and an
    /// item that does not exist, which shows the circuit and the layout with next to nothing in them (a "not found"
    /// heading and a link back).
    /// </summary>
    public static readonly string[] Compared =
        [LiveScreens.QueuePath, "/collections", "/items/1", "/clients", "/protocols", "/collections/deposits", "/wallboard",
         "/workflows", "/items/999999999"];

    public static async Task<PageMemoryResult> MeasureAsync(ServerProcess server, IBrowserContext context, int pages, string path = LiveScreens.QueuePath)
    {
        // As many pages opened and left first, so code loaded, caches filled and threads started by that many circuits
        // are in both readings; one page alone left the first reading of a run hundreds of KB per page too high.
        await LeaveAllAsync(await OpenAsync(context, path, pages));
        var none = await server.MemoryAsync();

        var open = await OpenAsync(context, path, pages);
        var reading = await server.MemoryAsync();
        await LeaveAllAsync(open);
        return new PageMemoryResult(none, reading, pages, path);
    }

    private static async Task<List<IPage>> OpenAsync(IBrowserContext context, string path, int pages)
    {
        var open = new List<IPage>(pages);
        for (var i = 0; i < pages; i++)
        {
            open.Add(await Chromium.OpenLiveAsync(context, path));
        }
        return open;
    }

    private static async Task LeaveAllAsync(List<IPage> pages)
    {
        foreach (var page in pages)
        {
            await LeaveAsync(page);
        }
    }

    /// <summary>Navigates away before closing, so Blazor tells the server the circuit is gone rather than leaving it to time out.</summary>
    public static async Task LeaveAsync(IPage page)
    {
        await page.GotoAsync("about:blank");
        await page.CloseAsync();
    }
}
