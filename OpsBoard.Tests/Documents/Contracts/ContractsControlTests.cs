using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;

namespace OpsBoard.Tests.Documents.Contracts;

public sealed class ContractsControlTests(ReportServer server) : IClassFixture<ReportServer>
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 19, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_daily_control_lists_contracts_issued_signed_missing_and_settlements_without_SWIFT_in_four_languages()
    {
        var ana = await server.ClientFor("ana");
        var signed = await Closed(150_000m, "Assinada Ltda", Morning);
        var missing = await Closed(400_000m, "Pendente Ltda", Morning.AddMinutes(5));
        var small = await Closed(2_000m, "Pequena Ltda", Morning.AddMinutes(10));
        var (sha, _) = await ana.AttachSignedCopy(signed);
        await server.FireAt(Morning.AddHours(2), "bruno", signed, "SignContract", new { signedCopy = sha });
        await server.FireAt(Morning.AddHours(3), "bruno", small, "SendToBroker", new { brokerReference = "BR-9" });
        await server.FireAt(Morning.AddHours(4), "bruno", small, "Settle", new { swiftReference = "SCP/CTRL/01" });
        var older = await Closed(1_000m, "Antiga Ltda", Morning.AddMinutes(20));
        await server.FireAt(Morning.AddHours(3), "bruno", older, "SendToBroker", new { brokerReference = "BR-10" });
        await server.FireAt(Morning.AddHours(4), "bruno", older, "Settle", new { swiftReference = "SCP/OLD/01" });
        await Execute($"UPDATE Items SET Fields = json_remove(Fields, '$.swiftReference') WHERE Id = {older}");
        var signedNumber = await Number(signed);
        var missingNumber = await Number(missing);
        var carla = await server.ClientFor("carla");

        var english = await PdfTools.Text(await Control(carla, "2026-11-19", "en"));

        Assert.Contains("Contracts and SWIFT control", english, StringComparison.Ordinal);
        Assert.Contains("Contracts issued on the day (2)", english, StringComparison.Ordinal);
        Assert.Contains("Contracts signed on the day (1)", english, StringComparison.Ordinal);
        Assert.Contains("Contracts needed and not signed at the end of the day (1)", english, StringComparison.Ordinal);
        Assert.Contains(signedNumber, english, StringComparison.Ordinal);
        Assert.Contains(missingNumber, english, StringComparison.Ordinal);
        Assert.Contains("SCP/CTRL/01", english, StringComparison.Ordinal);
        Assert.Contains($"#{older}", english, StringComparison.Ordinal);
        Assert.Contains("Pendente Ltda", english, StringComparison.Ordinal);
        Assert.Contains("400,000.00", english, StringComparison.Ordinal);
        Assert.Contains("Controle de contratos e SWIFT", await PdfTools.Text(await Control(carla, "2026-11-19", "pt-BR")), StringComparison.Ordinal);
        Assert.Contains("Control de contratos y SWIFT", await PdfTools.Text(await Control(carla, "2026-11-19", "es")), StringComparison.Ordinal);
        Assert.Contains("Контроль договоров и SWIFT", await PdfTools.Text(await Control(carla, "2026-11-19", "ru")), StringComparison.Ordinal);
        var dayBefore = await PdfTools.Text(await Control(carla, "2026-11-18", "en"));
        Assert.Contains("Contracts issued on the day (0)", dayBefore, StringComparison.Ordinal);
        Assert.DoesNotContain(missingNumber, dayBefore, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_or_future_day_is_refused_and_agents_may_not_read_the_control()
    {
        var carla = await server.ClientFor("carla");

        Assert.Equal(HttpStatusCode.BadRequest, (await carla.GetAsync("/api/v1/reports/contracts?date=19/11/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await carla.GetAsync("/api/v1/reports/contracts?date=2999-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.ClientFor("ana")).GetAsync("/api/v1/reports/contracts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await carla.GetAsync("/api/v1/reports/contracts")).StatusCode);
    }

    private async Task<long> Closed(decimal amount, string client, DateTimeOffset at)
    {
        var id = await server.CreateAt(at, "ana", "operation", $"Remessa {client}", new { client, amount, currency = "USD", direction = "outbound" });
        await server.FireAt(at.AddMinutes(1), "ana", id, "Identify");
        await server.FireAt(at.AddMinutes(2), "ana", id, "ReceiveProof");
        await server.FireAt(at.AddMinutes(3), "bruno", id, "ApprovePayment");
        await server.FireAt(at.AddMinutes(4), "bruno", id, "Close", new { rate = 5.4321m, @operator = "bruno" });
        return id;
    }

    private async Task<string> Number(long id) => $"FX-{await server.Scalar($"SELECT Number FROM ContractNumbers WHERE ItemId = {id}"):D6}";

    private async Task Execute(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={server.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<byte[]> Control(HttpClient client, string day, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/contracts?date={day}");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
