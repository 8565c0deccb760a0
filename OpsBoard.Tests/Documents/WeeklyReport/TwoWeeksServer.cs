namespace OpsBoard.Tests.Documents.WeeklyReport;

/// <summary>
/// Two weeks of FX operations in São Paulo time, read on Wednesday 2 December 2026: week 2026-W47
/// (16-22 November) and the week before it, 2026-W46. Each operation's Received clock is two business hours.
/// </summary>
public sealed class TwoWeeksServer() : PinnedReportServer(new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.FromHours(-3)))
{
    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(-3));

    protected override async Task SeedAsync()
    {
        // 2026-W46: three created, three cancelled, one of them four business hours late.
        var quick = await Operation(At(9, 9), "Semana anterior 1");
        await FireAt(At(9, 9, 30), "bruno", quick, "Cancel", new { reason = "Cliente desistiu" });
        var identified = await Operation(At(9, 10), "Semana anterior 2");
        await FireAt(At(9, 10, 15), "ana", identified, "Identify");
        await FireAt(At(9, 10, 30), "bruno", identified, "Cancel", new { reason = "Duplicada" });
        var late = await Operation(At(12, 9), "Semana anterior atrasada");
        await FireAt(At(12, 15), "bruno", late, "Cancel", new { reason = "Sem retorno" });

        // 2026-W47: four created, three cancelled (two late: 2:00 and 7:00 business hours), one still waiting for payment.
        var monday = await Operation(At(16, 9), "Segunda no prazo");
        await FireAt(At(16, 9, 30), "ana", monday, "Identify");
        await FireAt(At(16, 10), "bruno", monday, "Cancel", new { reason = "Cliente desistiu" });
        var twoHours = await Operation(At(17, 9), "Terça atrasada duas horas");
        await FireAt(At(17, 13), "bruno", twoHours, "Cancel", new { reason = "Sem retorno" });
        var overnight = await Operation(At(17, 10), "Atrasada de um dia para o outro");
        await FireAt(At(18, 10), "bruno", overnight, "Cancel", new { reason = "Sem retorno" });
        var friday = await Operation(At(20, 16), "Sexta aguardando pagamento");
        await FireAt(At(20, 16, 30), "ana", friday, "Identify");
    }

    private Task<long> Operation(DateTimeOffset at, string title) =>
        CreateAt(at, "ana", "operation", title, new { client = "Açaí Ltda", amount = 1000m, currency = "USD" });
}
