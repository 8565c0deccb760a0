using System.Net;
using System.Text.RegularExpressions;

namespace OpsBoard.Tests.Documents.WeeklyReport;

public sealed class WeeklyReportTests(TwoWeeksServer server) : IClassFixture<TwoWeeksServer>
{
    [Fact]
    public async Task The_week_reads_back_with_its_figures_per_day_and_workflow_each_against_the_week_before()
    {
        var text = await PdfTools.Text(await server.Pdf("/api/v1/reports/weekly?week=2026-W47"));

        Assert.Contains("Weekly report — 2026-W47 (11/16/2026 to 11/22/2026)", text);
        Assert.Contains("(2026-W46)", text);
        // Created, finished, SLA met and late moves, each beside its change since 2026-W46 (3, 3, 66.7 %, 1).
        Assert.Matches(@"(?m)^FX operations 4 ▲ \+1 3 = 0 33\.3\s?% ▼ −33\.3 pp 2 ▲ \+1$", text);
        // Per day: created, finished, moved and late moves, against the same weekday of the week before.
        Assert.Matches(@"(?m)^Mon 16 1 ▼ −1 1 ▼ −1 2 ▼ −1 0 = 0$", text);
        Assert.Matches(@"(?m)^Tue 17 2 ▲ \+2 1 ▲ \+1 1 ▲ \+1 1 ▲ \+1$", text);
        Assert.Matches(@"(?m)^Wed 18 0 = 0 1 ▲ \+1 1 ▲ \+1 1 ▲ \+1$", text);
        Assert.Matches(@"(?m)^Thu 19 0 ▼ −1 0 ▼ −1 0 ▼ −1 0 ▼ −1$", text);
        Assert.Matches(@"(?m)^Fri 20 1 ▲ \+1 0 = 0 1 ▲ \+1 0 = 0$", text);
        Assert.Contains("2 items late this week; 1 the week before.", text);
        // Latest first, in business time: Tuesday 12:00 to Wednesday 10:00 is six hours and one.
        var late = Regex.Matches(text, @"(?m)^#\d+ FX operations (.+) (\d+:\d\d h)$").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal([("Atrasada de um dia para o outro", "7:00 h"), ("Terça atrasada duas horas", "2:00 h")], late);
    }

    [Fact]
    public async Task A_week_asked_by_its_monday_is_the_same_report_and_the_week_before_compares_with_its_own_predecessor()
    {
        Assert.Equal(await server.Pdf("/api/v1/reports/weekly?week=2026-W47"), await server.Pdf("/api/v1/reports/weekly?from=2026-11-16"));

        var before = await PdfTools.Text(await server.Pdf("/api/v1/reports/weekly?week=2026-W46"));
        Assert.Matches(@"(?m)^FX operations 3 ▲ \+3 3 ▲ \+3 66\.7\s?% — 1 ▲ \+1$", before);
        Assert.Contains("1 items late this week; 0 the week before.", before);
        Assert.Matches(@"(?m)^#\d+ FX operations Semana anterior atrasada 4:00 h$", before);
    }

    [Fact]
    public async Task The_report_speaks_portuguese_spanish_and_russian_and_numbers_its_pages()
    {
        var portuguese = await server.Pdf("/api/v1/reports/weekly?week=2026-W47", "pt-BR");
        var pages = await PdfTools.Pages(portuguese);
        var text = await PdfTools.Text(portuguese);
        Assert.Contains("Relatório semanal — 2026-W47 (16/11/2026 a 22/11/2026)", text);
        Assert.Contains($"Página {pages} de {pages}", text);
        Assert.True(PdfTools.IsPng(await PdfTools.FirstPagePng(portuguese)));
        Assert.Contains("Informe semanal", await PdfTools.Text(await server.Pdf("/api/v1/reports/weekly?week=2026-W47", "es")));
        Assert.Contains("Еженедельный отчёт", await PdfTools.Text(await server.Pdf("/api/v1/reports/weekly?week=2026-W47", "ru")));
    }

    [Theory]
    [InlineData("week=2026-47", "YYYY-Www")]
    [InlineData("week=2026-W54", "YYYY-Www")]
    [InlineData("from=2026-11-17", "Monday")]
    [InlineData("from=17/11/2026", "YYYY-MM-DD")]
    [InlineData("week=2026-W50", "not started")]
    [InlineData("week=2026-W47&from=2026-11-16", "not both")]
    public async Task A_week_that_cannot_be_reported_is_a_400_problem_with_the_reason(string query, string reason)
    {
        await server.ReadyAsync();
        var response = await (await server.SignedIn("diego")).GetAsync($"/api/v1/reports/weekly?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_agent_gets_403_and_a_lead_gets_the_report()
    {
        await server.ReadyAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.SignedIn("ana")).GetAsync("/api/v1/reports/weekly?week=2026-W47")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await server.SignedIn("carla")).GetAsync("/api/v1/reports/weekly")).StatusCode);
    }
}
