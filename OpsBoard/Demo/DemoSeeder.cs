using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Auth;
using OpsBoard.Data;
using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
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

        var seedClock = new SeedClock();
        var commands = ActivatorUtilities.CreateInstance<ItemCommands>(scope.ServiceProvider, seedClock);
        var random = new Random(20261122);
        var now = clock.GetUtcNow();
        for (var n = 0; n < items; n++)
        {
            var script = DemoScripts.For(n, random);
            seedClock.Now = now - TimeSpan.FromMinutes(random.Next(30, 60 * 60));
            var actor = Actor.Of(Agents[random.Next(2)], Roles.Agent);
            var created = await commands.CreateAsync(actor, new CreateItemRequest(script.Type, script.Title, Json(script.Fields)), ct);
            var item = created.Item!;
            foreach (var (trigger, fields) in script.Steps)
            {
                seedClock.Now = Min(seedClock.Now + TimeSpan.FromMinutes(random.Next(5, 300)), now - TimeSpan.FromMinutes(1));
                var name = Agents[random.Next(Agents.Length)];
                var request = new TransitionRequest(trigger, item.Version, null, Json(fields));
                var result = await commands.FireAsync(Actor.Of(name, name == "carla" ? Roles.Lead : Roles.Agent), item.Id, request, ct);
                if (result.Status == CommandStatus.Blocked)
                {
                    // A move only a Lead may make: the Lead makes it.
                    result = await commands.FireAsync(Actor.Of("carla", Roles.Lead), item.Id, request, ct);
                }
                if (!result.Succeeded)
                {
                    break;
                }
                item = result.Item!;
            }
        }
        if (items > 0) await ActivatorUtilities.CreateInstance<Collections.CollectionsSeeder>(scope.ServiceProvider).SeedAsync(now, ct);
        logger.LogInformation("Seeded the demo team and {Count} items", items);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static Dictionary<string, JsonElement> Json(IReadOnlyDictionary<string, object?> fields) =>
        fields.ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value));

    private sealed class SeedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
