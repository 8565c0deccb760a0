using System.Net;
using System.Text.RegularExpressions;

namespace OpsBoard.Tests.Documents.BrokerPending;

public sealed class BrokerPendingTests(AtTheBrokerServer server) : IClassFixture<AtTheBrokerServer>
{
    [Fact]
    public async Task What_the_broker_holds_reads_back_by_age_in_business_days_oldest_first()
    {
        var text = await PdfTools.Text(await server.Pdf("/api/v1/reports/broker-pending"));

        Assert.Contains("Pending with the broker — 12/2/2026", text);
        // Today is 0 days, Monday's return 2 (Tuesday, Wednesday), Thursday's protocol and its stories 4, 20 November 8.
        Assert.Matches(@"(?m)^FX operations — At broker 1 0 0 1 2$", text);
        Assert.Matches(@"(?m)^FX operations — Returned 0 1 0 0 1$", text);
        Assert.Matches(@"(?m)^Client registrations — At broker 0 0 2 0 2$", text);
        Assert.Matches(@"(?m)^Protocol not signed back 0 0 1 0 1$", text);
        Assert.Matches(@"(?m)^Total 1 1 3 1 6$", text);
        var list = Regex.Matches(text, @"(?m)^(\d+) (FX operations|Client registrations|Protocol not signed back)[^#№]*(#\d+|№ \d+) (.+?) \d+/\d+/2026 ").Select(m => (m.Groups[1].Value, m.Groups[4].Value)).ToList();
        Assert.Equal(
        [
            ("8", "Enviada em novembro"), ("4", "2 stories"), ("4", "Cadastro Peña"), ("4", "Cadastro Иванова"), ("2", "Devolvida segunda"), ("0", "Enviada hoje"),
        ], list);
        Assert.DoesNotContain("Cadastro ainda na mesa", text);
    }

    [Fact]
    public async Task The_report_speaks_portuguese_and_an_agent_gets_403()
    {
        var text = await PdfTools.Text(await server.Pdf("/api/v1/reports/broker-pending", "pt-BR"));
        Assert.Contains("Pendências com a corretora — 02/12/2026", text);
        Assert.Contains("Protocolo sem via assinada", text);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.SignedIn("ana")).GetAsync("/api/v1/reports/broker-pending")).StatusCode);
    }
}
