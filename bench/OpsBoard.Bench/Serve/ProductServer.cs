using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpsBoard.Bench.Serve;

/// <summary>The real OpsBoard, unchanged, on Kestrel on a free loopback port, over the given SQLite file or PostgreSQL connection string.</summary>
public sealed class ProductServer : WebApplicationFactory<Program>
{
    private readonly string _databasePath;

    public ProductServer(string databasePath)
    {
        _databasePath = databasePath;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Set to <c>false</c> on the nodes after the first.</summary>
    public const string SeedsVariable = "OPSBOARD_BENCH_SEEDS";

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // A connection string instead of a file: a node on the bench's PostgreSQL server.
        var postgres = _databasePath.StartsWith("Host=", StringComparison.Ordinal);
        builder.UseSetting("ConnectionStrings:OpsBoard", postgres ? _databasePath : $"Data Source={_databasePath}");
        builder.UseSetting("OpsBoard:Database", postgres ? "PostgreSql" : "Sqlite");
        // The demo team only (the accounts the drivers sign in as); the items are seeded in bulk beforehand.
        // Of several nodes on one database only the first seeds; the others start once it is ready.
        builder.UseSetting("OpsBoard:SeedDemo", Environment.GetEnvironmentVariable(SeedsVariable) ?? "true");
        builder.UseSetting("OpsBoard:DemoItems", "0");
        // Console logging of every start-up line would only add noise to the timings.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
