using System.Net.Http.Headers;

namespace OpsBoard.Tests.Documents.DailyReport;

public sealed class PartySplitReportTests(SeededDayServer server) : IClassFixture<SeededDayServer>
{
    [Fact]
    public async Task The_daily_report_splits_the_days_business_time_by_party_per_workflow()
    {
        var text = await PdfTools.Text(await Report("pt-BR"));

        Assert.Contains("Tempo de espera por parte (horas úteis)", text);
        // Operations: 4 h 20 with the desk, 8 h 50 owed by clients (one still paying at 18:00), 1 h 05 with the broker, on time.
        Assert.Matches(@"Operações de câmbio\s+4:20\s+8:50\s+1:05\s+0", text);
        // Claims never wait on anyone here: every minute from registration to 18:00 or closing is the desk's.
        Assert.Matches(@"Reclamações\s+12:30\s+0:00\s+0:00\s+0", text);
        Assert.Matches(@"Cadastros de clientes\s+7:30\s+0:00\s+0:00\s+0", text);
    }

    [Fact]
    public async Task The_split_reads_in_english_and_russian_too()
    {
        Assert.Contains("Waiting time by party (business hours)", await PdfTools.Text(await Report("en")));
        Assert.Contains("Время ожидания по сторонам", await PdfTools.Text(await Report("ru")));
    }

    private async Task<byte[]> Report(string language)
    {
        await server.ReadyAsync();
        var diego = await server.ClientFor("diego");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/daily?date={SeededDayServer.Day}");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await diego.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }
}
