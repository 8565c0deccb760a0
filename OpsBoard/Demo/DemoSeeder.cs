using Microsoft.EntityFrameworkCore;
using OpsBoard.Auth;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows.Orders;
using OpsBoard.Items;

namespace OpsBoard.Demo;

/// <summary>
/// Fills an empty database with the demo team and about 200 items, made through the same
/// commands people use, on a clock moved back in time so that clocks and history look lived in.
/// </summary>
public sealed class DemoSeeder(IServiceProvider services, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string Password = "opsboard";
    private static readonly string[] Agents = ["ana", "bruno", "carla"];

    private static readonly (string Currency, decimal Usd)[] DemoRates =
        [("EUR", 1.08m), ("GBP", 1.27m), ("CAD", 0.73m), ("AUD", 0.66m), ("JPY", 0.0067m), ("CHF", 1.13m), ("BRL", 0.19m)];

    public async Task SeedAsync(int items = 200, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }
        var users = scope.ServiceProvider.GetRequiredService<UserDirectory>();
        await users.AddAsync("ana", "Ana Souza", Password, [Roles.Agent], ct);
        await users.AddAsync("bruno", "Bruno Lima", Password, [Roles.Agent], ct);
        await users.AddAsync("carla", "Carla Mendes", Password, [Roles.Lead], ct);
        await users.AddAsync("diego", "Diego Ferreira", Password, [Roles.Manager], ct);
        await users.AddAsync("admin", "Administrator", Password, [Roles.Admin], ct);
        await users.AddAsync("wanda", "Wanda Costa", Password, [Roles.Agent, Roles.Warehouse], ct);
        await Onboarding.OnboardingDemo.SeedUsersAsync(users, Password, ct);
        // Rates of a plausible day, so that operations in every currency can close.
        var rates = scope.ServiceProvider.GetRequiredService<Fx.ReferenceRates>();
        foreach (var (currency, usd) in DemoRates)
        {
            await rates.SetAsync("diego", currency, usd, ct);
        }

        var seedClock = new SeedClock();
        var commands = ClockedCommands.On(scope.ServiceProvider, seedClock);
        var random = new Random(20261122);
        var now = clock.GetUtcNow();
        for (var n = 0; n < items; n++)
        {
            var script = DemoScripts.For(n, random);
            // Half the items arrived in the last working hours, half over the past week, so that
            // whatever day the demo starts, some clocks are fresh, some near breach, some breached.
            seedClock.Now = now - TimeSpan.FromMinutes(random.Next(2) == 0 ? random.Next(30, 10 * 60) : random.Next(10 * 60, 7 * 24 * 60));
            var actor = Actor.Of(Agents[random.Next(2)], Roles.Agent);
            var created = await commands.Create.HandleAsync(actor, new CreateCommand(script.Type, script.Title, script.Fields), ct);
            var item = created.Item!;
            foreach (var (trigger, fields) in script.Steps)
            {
                seedClock.Now = Min(seedClock.Now + TimeSpan.FromMinutes(random.Next(5, 300)), now - TimeSpan.FromMinutes(1));
                var name = Agents[random.Next(Agents.Length)];
                var command = new FireCommand(item.Id, trigger, item.Version, null, fields);
                var result = await commands.Fire.HandleAsync(ActorFor(trigger, name), command, ct);
                if (result.Status == CommandStatus.Blocked)
                {
                    // A move only a Lead may make: the Lead makes it.
                    result = await commands.Fire.HandleAsync(Actor.Of("carla", Roles.Lead), command, ct);
                }
                if (!result.Succeeded)
                {
                    break;
                }
                item = result.Item!;
            }
        }
        if (items > 0)
        {
            seedClock.Now = now - TimeSpan.FromMinutes(20);
            await TakeSomeAsync(commands, scope.ServiceProvider.GetRequiredService<QueueCatalog>(), ct);
            await ActivatorUtilities.CreateInstance<Collections.CollectionsSeeder>(scope.ServiceProvider).SeedAsync(now, ct);
            await Onboarding.OnboardingDemo.SeedDossiersAsync(ClockedCommands.On(scope.ServiceProvider, clock), ct);
        }
        logger.LogInformation("Seeded the demo team and {Count} items", items);
    }

    /// <summary>Agents already have a few items in hand, taken the way they take them every day.</summary>
    private static async Task TakeSomeAsync(ClockedCommands commands, QueueCatalog queues, CancellationToken ct)
    {
        foreach (var (agent, queue) in new[] { ("ana", "operations-intake"), ("ana", "claims"), ("bruno", "stories-review"), ("bruno", "claims") })
        {
            for (var n = 0; n < 3; n++)
            {
                await commands.Take.HandleAsync(Actor.Of(agent, Roles.Agent), new TakeNextCommand(queues.Find(queue)!), ct);
            }
        }
    }

    // Picking and shipping are the warehouse's moves: the demo's warehouse hand makes them.
    private static Actor ActorFor(string trigger, string name) =>
        Enum.TryParse<OrderTrigger>(trigger, out var move) && OrderWorkflow.WarehouseMoves.Contains(move) ? Actor.Of("wanda", Roles.Agent, Roles.Warehouse)
        : Actor.Of(name, name == "carla" ? Roles.Lead : Roles.Agent);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed class SeedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
