using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace OpsBoard.Tests.Documents.DailyReport;

public sealed partial class DailyReportTests(SeededDayServer server) : IClassFixture<SeededDayServer>
{
    private static readonly CultureInfo PtBr = new("pt-BR");

    [Fact]
    public async Task A_seeded_day_report_shows_the_numbers_the_history_table_holds()
    {
        var text = await PdfTools.Text(await Report("pt-BR"));

        Assert.Contains("Relatório diário — 18/11/2026", text);
        foreach (var (type, label) in new[] { ("operation", "Operações de câmbio"), ("claim", "Reclamações"), ("story", "Cadastros de clientes") })
        {
            var row = WorkflowRow(text, label);
            Assert.Equal(await Sql($"SELECT COUNT(*) FROM ItemHistory WHERE ItemType = '{type}' AND \"Trigger\" = 'Create' AND {InDay}"), row.Created);
            Assert.Equal(await Sql($"SELECT COUNT(*) FROM ItemHistory WHERE ItemType = '{type}' AND {Finishing} AND {InDay}"), row.Finished);
        }
        // One operation was cancelled after its clock ran out: 2 finished, 1 within SLA.
        var operations = WorkflowRow(text, "Operações de câmbio");
        Assert.Equal((2, 1, 1), (operations.Finished, operations.Within, operations.Late));

        var settledCents = await Sql("SELECT CAST(ROUND(SUM(json_extract(Fields, '$.amount')) * 100) AS INTEGER) FROM Items WHERE State = 'Settled' AND json_extract(Fields, '$.currency') = 'USD'");
        Assert.Contains((settledCents / 100m).ToString("N2", PtBr), text);

        foreach (var agent in new[] { "ana", "bruno", "carla" })
        {
            var match = Regex.Match(text, $@"^\s*{agent}\s+(\d+)\s+(\d+)\s+(\d+:\d\d)\s*$", RegexOptions.Multiline);
            Assert.True(match.Success, $"no row for {agent} in:\n{text}");
            Assert.Equal(await Sql($"SELECT COUNT(*) FROM ItemHistory WHERE Actor = '{agent}' AND \"Trigger\" NOT IN ('Create', 'Take') AND {InDay}"), long.Parse(match.Groups[1].Value, PtBr));
            Assert.Equal(await Sql($"SELECT COUNT(*) FROM ItemHistory WHERE Actor = '{agent}' AND {Finishing} AND {InDay}"), long.Parse(match.Groups[2].Value, PtBr));
        }

        Assert.Matches(@"Operações de câmbio\s+Aguardando pagamento\s+1", text);
        Assert.Matches(@"Reclamações\s+Resolvido\s+1", text);
        Assert.Matches(@"Cadastros de clientes\s+Recebido\s+1", text);
        Assert.Matches(@"Falha no cadastro\s+1", text);
        Assert.Matches(@"Operações\s+1", text);
        Assert.Contains("Remessa aguardando", text);
    }

    [Fact]
    public async Task The_same_day_gives_byte_identical_pdfs_and_page_one_renders_to_png()
    {
        var first = await Report("pt-BR");
        var second = await Report("pt-BR");

        Assert.Equal(first, second);
        Assert.True(PdfTools.IsPng(await PdfTools.FirstPagePng(first)));
        var pages = await PdfTools.Pages(first);
        Assert.True(pages >= 2, $"expected a multi-page report, got {pages} page(s)");
        Assert.Contains($"Página {pages} de {pages}", await PdfTools.Text(first));
    }

    [Fact]
    public async Task Spanish_and_Russian_reports_keep_accents_eñe_and_Cyrillic_intact()
    {
        var spanish = await PdfTools.Text(await Report("es"));
        Assert.Contains("Informe diario", spanish);
        Assert.Contains("Daño en el envío", spanish);
        Assert.Contains("Reclamos resueltos, por causa raíz", spanish);

        var russian = await PdfTools.Text(await Report("ru"));
        Assert.Contains("Ежедневный отчёт", russian);
        Assert.Contains("Ошибка оператора", russian);
        Assert.Contains("Cadastro Иванова", russian);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_or_is_in_the_future_is_400_and_an_agent_gets_403()
    {
        await server.ReadyAsync();
        var diego = await server.ClientFor("diego");
        var bad = await diego.GetAsync("/api/v1/reports/daily?date=18/11/2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains("YYYY-MM-DD", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await diego.GetAsync("/api/v1/reports/daily?date=2099-01-01")).StatusCode);

        var ana = await server.ClientFor("ana");
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.GetAsync($"/api/v1/reports/daily?date={SeededDayServer.Day}")).StatusCode);
        var carla = await server.ClientFor("carla");
        Assert.Equal(HttpStatusCode.OK, (await carla.GetAsync($"/api/v1/reports/daily?date={SeededDayServer.Day}")).StatusCode);
    }

    private static string InDay => $"At >= {SeededDayServer.DayStart.UtcTicks} AND At < {SeededDayServer.DayEnd.UtcTicks}";

    private const string Finishing = "ToState IN ('Settled', 'Cancelled', 'Refunded', 'Closed', 'Approved', 'Rejected') AND FromState NOT IN ('Settled', 'Cancelled', 'Refunded', 'Approved', 'Rejected') AND NOT (ItemType = 'operation' AND ToState = 'Closed') AND NOT (ItemType = 'claim' AND FromState = 'Closed')";

    private Task<long> Sql(string sql) => server.Scalar(sql);

    private async Task<byte[]> Report(string language)
    {
        await server.ReadyAsync();
        var diego = await server.ClientFor("diego");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/daily?date={SeededDayServer.Day}");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await diego.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static (long Created, long Finished, long Within, long Late) WorkflowRow(string text, string label)
    {
        var match = Regex.Match(text, $@"^\s*{Regex.Escape(label)}\s+(\d+)\s+(\d+)\s+(\d+)\s+(?:[\d,]+\s?%|—)\s+(\d+)\s*$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no workflow row '{label}' in:\n{text}");
        return (long.Parse(match.Groups[1].Value, PtBr), long.Parse(match.Groups[2].Value, PtBr), long.Parse(match.Groups[3].Value, PtBr),
            long.Parse(match.Groups[4].Value, PtBr));
    }
}
