using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Data;
using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Items;

namespace OpsBoard.ReportBench;

/// <summary>
/// Writes one working day on which 10,000 items are finished, through the same command path the
/// app uses (creations one by one, each step of the day's work as batches of moves).
/// </summary>
public sealed class BenchDay(IServiceProvider services)
{
    public const int Finished = 10_000;
    public static readonly DateOnly Day = new(2026, 11, 18);

    /// <summary>09:00 in São Paulo on the benchmark day.</summary>
    private static readonly DateTimeOffset Opening = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Agents = ["ana", "bruno", "carla", "diego"];

    // Each finished path: a type, its creation fields, and the moves that finish it.
    private static readonly (string Type, object Fields, (string Trigger, object Fields)[] Steps)[] Paths =
    [
        ("claim", new { client = "Cliente" }, [("StartInvestigation", new { }),
            ("Resolve", new { verdict = "accepted", rootCause = "Falha no cadastro", responsibleParty = "Operações" }), ("Close", new { })]),
        ("story", new { client = "Cliente" }, [("StartReview", new { }), ("Approve", new { }),
            ("SendToBroker", new { protocolNumber = "1" }), ("BrokerApprove", new { approvedLimit = 50000m })]),
        ("operation", new { client = "Cliente", amount = 25000m, currency = "USD" }, [("Identify", new { }), ("ReceiveProof", new { }),
            ("ApprovePayment", new { }), ("Close", new { rate = 5.3m, @operator = "ana" }), ("SendToBroker", new { brokerReference = "BR" }), ("Settle", new { swiftReference = "BENCH/1" })]),
        ("operation", new { client = "Cliente", amount = 900m, currency = "EUR" }, [("Cancel", new { reason = "Desistência" })]),
    ];

    public async Task EnsureAsync()
    {
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
            if (await db.Items.CountAsync(i => i.DoneAt != null) >= Finished)
            {
                return;
            }
        }
        var clock = new PinnedClock();
        var ids = new List<(long Id, int Path)>();
        for (var n = 0; n < Finished; n++)
        {
            using var scope = services.CreateScope();
            var commands = ClockedCommands.On(scope.ServiceProvider, clock);
            var path = n % Paths.Length;
            clock.Now = Opening.AddSeconds(n * 2);
            var created = await commands.Create.HandleAsync(Actor.Of(Agents[n % Agents.Length], Roles.Agent),
                new CreateCommand(Paths[path].Type, $"Item {n}", Values(Paths[path].Fields)));
            ids.Add((created.Item!.Id, path));
        }
        for (var step = 0; step < Paths.Max(p => p.Steps.Length); step++)
        {
            foreach (var batch in ids.Where(i => step < Paths[i.Path].Steps.Length).Chunk(500))
            {
                using var scope = services.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
                var commands = ClockedCommands.On(scope.ServiceProvider, clock);
                clock.Now = Opening.AddMinutes(30 * (step + 1)).AddSeconds(batch[0].Id % 600);
                var actor = Actor.Of(Agents[(int)(batch[0].Id % Agents.Length)], Roles.Lead);
                var batchIds = batch.Select(b => b.Id).ToList();
                var versions = await db.Items.AsNoTracking().Where(i => batchIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Version);
                var moves = batch.Select(b => new FireCommand(b.Id, Paths[b.Path].Steps[step].Trigger, versions[b.Id], null,
                    Values(Paths[b.Path].Steps[step].Fields))).ToList();
                var result = await commands.Batch.HandleAsync(actor, new BatchCommand(moves));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(result.Refused[0].Result.Detail);
                }
            }
        }
    }

    private static Dictionary<string, object?> Values(object fields) =>
        fields.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(fields));

    private sealed class PinnedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
