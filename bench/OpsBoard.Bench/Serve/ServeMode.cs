using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OpsBoard.Live;

namespace OpsBoard.Bench.Serve;

public sealed record MemoryReading(long WorkingSet, long ManagedHeap);

/// <summary>
/// Resident memory and the SQLite connections open on the database file, as they are, with the managed heap as it is
/// (no collection forced) and the bytes allocated since the process started.
/// </summary>
public sealed record ResidentReading(long WorkingSet, int DatabaseHandles, long ManagedHeap, long Allocated);

/// <summary>
/// The server process: the product on its own port, and beside it, in the same process, the bench's
/// control port with the bare baseline hub, the in-process loops and the memory probe.
/// </summary>
public static class ServeMode
{
    public const string Ready = "READY";

    public static async Task<int> RunAsync(string databasePath)
    {
        await using var product = new ProductServer(databasePath);
        product.StartServer();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSignalR();
        builder.Services.AddSingleton<BarePump>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BarePump>());
        await using var control = builder.Build();
        control.MapHub<BareHub>("/hubs/bare");
        control.MapPost("/broadcast", (HubPayload payload, BarePump pump) =>
        {
            pump.Enqueue(payload);
            return Results.Ok();
        });
        control.MapPost("/loop/domain", (LoopRequest request) => DomainLoop.RunAsync(product.Services, request));
        control.MapPost("/loop/raw", (LoopRequest request) => RawSqliteLoop.RunAsync(databasePath, request));
        control.MapGet("/memory", () =>
        {
            // Both readings are taken after a full collection, so the difference is what stays alive. Aggressive hands
            // the collector's free regions back too: kept or not, a 4 MB region would move a per-page figure by 100 KB.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            using var self = Process.GetCurrentProcess();
            return new MemoryReading(self.WorkingSet64, GC.GetTotalMemory(false));
        });
        control.MapGet("/resident", () =>
        {
            using var self = Process.GetCurrentProcess();
            return new ResidentReading(self.WorkingSet64, DatabaseHandles(databasePath), GC.GetTotalMemory(false), GC.GetTotalAllocatedBytes(precise: true));
        });
        control.MapExportBaseline(product.Services);
        await control.StartAsync();
        var controlAddress = control.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"{Ready} {product.BaseAddress} {controlAddress}");

        // The driver closes our standard input to stop us.
        await Console.In.ReadToEndAsync();
        await control.StopAsync();
        return 0;
    }

    /// <summary>Open descriptors on the database file itself (one per SQLite connection), from /proc.</summary>
    private static int DatabaseHandles(string databasePath)
    {
        var full = Path.GetFullPath(databasePath);
        return Directory.EnumerateFileSystemEntries("/proc/self/fd")
            .Select(fd => new FileInfo(fd).LinkTarget)
            .Count(target => target == full);
    }
}
