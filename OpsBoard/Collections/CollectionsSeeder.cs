using Microsoft.Extensions.Options;
using OpsBoard.Collections.Compliance;
using OpsBoard.Collections.Deposits;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;

namespace OpsBoard.Collections;

/// <summary>
/// The collections desk's demo: portfolios for ana and bruno worked over the last days through
/// the same commands people use, some promises due today, and deposits waiting to be matched.
/// </summary>
public sealed class CollectionsSeeder(IServiceProvider services, QueueCatalog queues, DeskProjection desk, IOptions<ComplianceOptions> compliance)
{
    private static readonly string[] Debtors =
    [
        "Rafael Moreira", "Patrícia Gomes", "Mercadinho Boa Vista", "Luiz Carlos Nunes", "Fernanda Rocha", "Oficina do Zé",
        "Camila Teixeira", "Auto Peças Sul", "Marcos Vinícius Lopes", "Juliana Prado", "Padaria Pão Quente", "Ricardo Azevedo",
        "Beatriz Cardoso", "Gráfica Rápida", "Tiago Martins", "Sofia Ribeiro", "Construtora Alvorada", "André Barbosa",
    ];

    public async Task SeedAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var clock = new SeedClock();
        var commands = ClockedCommands.On(services, clock);
        var queue = queues.Find("collections")!;
        var random = new Random(4_002);
        var today = desk.LocalDay(now);
        // Under the contact rules the desk's last hours are the window's: at night the cases' calls are the evening's.
        var worked = compliance.Value.Enabled ? new CallWindow(compliance.Value).LastOpen(now, desk.Zone) : now;
        for (var n = 0; n < 36; n++)
        {
            var agent = Actor.Of(n % 3 == 0 ? "ana" : "bruno", Roles.Agent);
            // Half the cases were opened today, so the desk's counters have a day's work on them.
            clock.Now = worked - TimeSpan.FromMinutes(n % 2 == 0 ? random.Next(90, 8 * 60) : random.Next(20 * 60, 6 * 24 * 60));
            var debtor = Debtors[n % Debtors.Length];
            var amountDue = (decimal)random.Next(300, 25_000);
            // A few debtors live an hour behind the desk, so their call window opens later.
            var zone = n % Debtors.Length % 5 == 4 ? "America/Manaus" : null;
            var caseFields = new Dictionary<string, object?>
            {
                ["client"] = debtor,
                ["amountDue"] = amountDue,
                ["daysOverdue"] = (decimal)random.Next(5, 180),
                ["portfolio"] = random.Next(2) == 0 ? "Varejo 30-90" : "Varejo 90+",
            };
            if (zone is not null)
            {
                caseFields["timeZone"] = zone;
            }
            var created = await commands.Create.HandleAsync(agent, new CreateCommand(CollectionWorkflow.Type, $"Dívida — {debtor}", caseFields), ct);
            var item = await commands.Take.HandleAsync(agent, new TakeNextCommand(queue), ct) ?? created.Item!;
            foreach (var (trigger, fields) in Script(n, random, today, amountDue))
            {
                clock.Now = Min(clock.Now + TimeSpan.FromMinutes(random.Next(5, 90)), now - TimeSpan.FromMinutes(1));
                var actor = trigger == nameof(CollectionTrigger.Escalate) ? Actor.Of("carla", Roles.Lead) : agent;
                var result = await commands.Fire.HandleAsync(actor, new FireCommand(item.Id, trigger, item.Version, null, fields), ct);
                if (result.Status == CommandStatus.Blocked)
                {
                    result = await RetryAsync(commands, clock, now, zone, actor, new FireCommand(item.Id, trigger, item.Version, null, fields), ct) ?? result;
                }
                if (!result.Succeeded)
                {
                    break;
                }
                item = result.Item!;
            }
        }
        await DepositsAsync(now, random, ct);
    }

    /// <summary>
    /// A refused step as the desk would take it: a call outside the debtor's window or over the day's attempts is
    /// made when calling opens again (if that is before now), a plan outside the credit policy is agreed by the Lead.
    /// </summary>
    private async Task<CommandResult?> RetryAsync(ClockedCommands commands, SeedClock clock, DateTimeOffset now, string? zone, Actor actor,
        FireCommand command, CancellationToken ct)
    {
        if (command.Trigger == nameof(CollectionTrigger.AgreePlan))
        {
            var fields = new Dictionary<string, object?>(command.Fields) { ["exceptionNote"] = "Acordo fora da política aprovado pela liderança" };
            return await commands.Fire.HandleAsync(Actor.Of("carla", Roles.Lead), command with { Fields = fields }, ct);
        }
        var debtorZone = DebtorZone.Find(zone) ?? desk.Zone;
        if (command.Trigger != nameof(CollectionTrigger.LogCall)
            || new CallWindow(compliance.Value).Check(clock.Now, debtorZone, int.MaxValue).NextAllowedAt is not { } next || next >= now)
        {
            return null;
        }
        clock.Now = next;
        return await commands.Fire.HandleAsync(actor, command, ct);
    }

    /// <summary>Calls for every case; then, by the case's number, a promise, a payment, a plan or an escalation.</summary>
    private static IEnumerable<(string Trigger, Dictionary<string, object?> Fields)> Script(int n, Random random, DateOnly today, decimal amountDue)
    {
        string[] outcomes = ["noAnswer", "noAnswer", "wrongNumber", "refused", "other"];
        var calls = n % 6 == 5 ? 0 : random.Next(1, 4);
        for (var c = 0; c < calls; c++)
        {
            yield return ("LogCall", new() { ["callOutcome"] = outcomes[random.Next(outcomes.Length)] });
        }
        if (calls == 0)
        {
            yield break;
        }
        var amount = (decimal)random.Next(200, 3_000);
        switch (n % 6)
        {
            case 0 or 1:
                yield return ("LogCall", new() { ["callOutcome"] = "promise" });
                yield return ("PromiseToPay", new() { ["promiseDate"] = today.AddDays(n % 4 == 0 ? 1 : 0), ["promiseAmount"] = amount });
                break;
            case 2:
                yield return ("PromiseToPay", new() { ["promiseDate"] = today.AddDays(-1), ["promiseAmount"] = amount });
                yield return ("PaymentReceived", new() { ["paymentAmount"] = amount });
                break;
            case 3:
                yield return ("LogCall", new() { ["callOutcome"] = "agreement" });
                yield return ("AgreePlan", new()
                {
                    ["installments"] = (decimal)random.Next(3, 12), ["nextDueDate"] = today.AddDays(random.Next(3, 20)),
                    ["downPayment"] = Math.Round(amountDue * 0.25m),
                });
                break;
            case 4 when n % 12 == 4:
                yield return ("Escalate", new() { ["escalationKind"] = n % 24 == 4 ? "legal" : "veto", ["reason"] = "Sem contato há 60 dias" });
                break;
        }
    }

    private async Task DepositsAsync(DateTimeOffset now, Random random, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var deposits = scope.ServiceProvider.GetRequiredService<DepositDesk>();
        string[] references = ["PIX RAFAEL M", "TED 00931 SEM REF", "BOLETO 55120", "PAYU 88213-2", "OPENPAY DEP 4410", "DEP ESPECIE AG 0231"];
        for (var n = 0; n < references.Length; n++)
        {
            var receivedAt = now - TimeSpan.FromHours(n < 2 ? 70 + (n * 10) : random.Next(1, 6));
            await deposits.RegisterAsync(Actor.System, new RegisterDepositRequest(random.Next(150, 4_000), references[n],
                n % 2 == 0 ? "PayU" : "Open Pay", receivedAt), ct);
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed class SeedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
