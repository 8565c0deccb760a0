using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpsBoard.Board;
using OpsBoard.Data;
using OpsBoard.Demo;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Sla;
using OpsBoard.Fx;
using OpsBoard.Items;
using OpsBoard.Live;
using OpsBoard.Live.Presence;
using OpsBoard.Runtime;
using OpsBoard.Turns;

namespace OpsBoard;

public static class OpsBoardServices
{
    /// <summary>The domain, the one write path, the live bus and the board's counters.</summary>
    public static IServiceCollection AddOpsBoardCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BusinessCalendarOptions>(configuration.GetSection("OpsBoard:Calendar"));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BusinessCalendarOptions>>().Value);
        services.AddSingleton<BusinessCalendar>();
        services.AddSingleton<BusinessTime>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddFx();
        services.AddSingleton(QueueCatalog.Default);
        services.AddSingleton<SlaTimer>();
        services.AddTurns();
        services.AddItemCommands();
        services.AddScoped<ItemQueries>();
        services.AddLeadTools();
        services.AddSingleton<LiveBus>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveBus>());
        services.AddHostedService<HubFanout>();
        services.AddSingleton<BoardProjection>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<Components.Live.ScopedRunner>();
        services.AddPresence();
        services.AddSignalR();
        services.AddSingleton<HubSessions>();
        services.AddSingleton<HubListeners>();
        services.AddProblemDetails();
        services.AddMemoryKeeping(configuration);
        return services;
    }

    /// <summary>Schema, demo data when asked for, then the board's counters, all before the first request.</summary>
    public static async Task InitializeOpsBoardAsync(this WebApplication app)
    {
        await using (await Data.PostgreSql.StartupTurn.TakeAsync(app.Configuration))
        {
            app.Services.MigrateDatabase();
            await app.Services.LoadRatesAsync();
            if (app.Configuration.GetValue<bool>("OpsBoard:SeedDemo"))
            {
                await app.Services.GetRequiredService<DemoSeeder>().SeedAsync(app.Configuration.GetValue("OpsBoard:DemoItems", 200));
            }
        }
        await Clients.ClientsExtensions.LoadTiersAsync(app.Services);
        var board = app.Services.GetRequiredService<BoardProjection>();
        using (var scope = app.Services.CreateScope())
        {
            await board.LoadAsync(scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>());
        }
        app.Services.GetRequiredService<LiveBus>().SubscribeInline(board.Apply);
    }
}
