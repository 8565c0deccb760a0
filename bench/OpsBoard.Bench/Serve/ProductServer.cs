using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpsBoard.Bench.Serve;

/// <summary>The real OpsBoard, unchanged, on Kestrel on a free loopback port, over the given SQLite file.</summary>
public sealed class ProductServer : WebApplicationFactory<Program>
{
    private readonly string _databasePath;

    public ProductServer(string databasePath)
    {
        _databasePath = databasePath;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:OpsBoard", $"Data Source={_databasePath}");
        // The demo team only (the accounts the drivers sign in as); the items are seeded in bulk beforehand.
        builder.UseSetting("OpsBoard:SeedDemo", "true");
        builder.UseSetting("OpsBoard:DemoItems", "0");
        // Console logging of every start-up line would only add noise to the timings.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
