using OpsBoard.Domain;

namespace OpsBoard.Tests.Documents.DailyReport;

/// <summary>
/// A server with one past working day of history (Wednesday 18 November 2026, São Paulo time):
/// three operations, two claims and a story, moved by ana, bruno and carla.
/// </summary>
public sealed class SeededDayServer : ReportServer
{
    public const string Day = "2026-11-18";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _seeded;

    /// <summary>09:00 in São Paulo on the seeded day.</summary>
    public static DateTimeOffset Opening { get; } = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset DayStart { get; } = new(2026, 11, 18, 3, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset DayEnd { get; } = DayStart.AddDays(1);

    public async Task ReadyAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (!_seeded)
            {
                await SeedAsync();
                _seeded = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task SeedAsync()
    {
        DateTimeOffset At(int minutes) => Opening.AddMinutes(minutes);

        var settled = await CreateAt(At(0), "ana", "operation", "Remessa Conceição", new { client = "Conceição Importadora", amount = 12345.67m, currency = "USD" });
        await FireAt(At(10), "ana", settled, "Identify");
        await FireAt(At(20), "ana", settled, "ReceiveProof");
        await FireAt(At(30), "bruno", settled, "ApprovePayment");
        await FireAt(At(40), "bruno", settled, "Close", new { rate = 5.1m, @operator = "ana" });
        await FireAt(At(60), "ana", settled, "SendToBroker", new { brokerReference = "BR-1" });
        await FireAt(At(125), "ana", settled, "Settle", new { swiftReference = "BR1/SETTLE" });

        // Cancelled after its two-hour clock ran out: finished, but not within SLA.
        var cancelled = await CreateAt(At(5), "bruno", "operation", "Remessa Peña", new { client = "Peña Hermanos", amount = 500m, currency = "EUR" });
        await FireAt(At(210), "bruno", cancelled, "Cancel", new { reason = "Cliente desistiu" });

        var waiting = await CreateAt(At(15), "ana", "operation", "Remessa aguardando", new { client = "Açaí Ltda", amount = 2000m, currency = "USD" });
        await FireAt(At(20), "ana", waiting, "Identify");

        var closedClaim = await CreateAt(At(30), "ana", "claim", "Reclamação cadastro", new { client = "João" });
        await FireAt(At(45), "bruno", closedClaim, "StartInvestigation");
        await FireAt(At(240), "bruno", closedClaim, "Resolve", new { verdict = "accepted", rootCause = "Falha no cadastro", responsibleParty = "Operações" });
        await FireAt(At(300), "carla", closedClaim, "Close", role: Roles.Lead);

        var resolvedClaim = await CreateAt(At(60), "bruno", "claim", "Reclamo envío", new { client = "Muñoz" });
        await FireAt(At(70), "ana", resolvedClaim, "StartInvestigation");
        await FireAt(At(100), "ana", resolvedClaim, "Resolve", new { verdict = "rejected", rootCause = "Daño en el envío", responsibleParty = "Ошибка оператора" });

        await CreateAt(At(90), "carla", "story", "Cadastro Иванова", new { client = "Иванова" });
    }
}
