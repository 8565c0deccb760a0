using System.Net;
using Microsoft.Data.Sqlite;
using OpsBoard.Tests.Documents.Contracts;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.DailyReport;

/// <summary>Amounts stored before they were bounded still make a report: the day's sums stop at their limit instead of failing.</summary>
public sealed class StoredHugeAmountTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    private const string Largest = "79228162514264337593543950335";

    [Fact]
    public async Task Two_settled_operations_of_the_largest_decimal_still_give_a_daily_report()
    {
        var ana = await server.ClientFor("ana");
        await Settle(ana);
        await Settle(ana);
        // As an older release let them in: straight into the file, past the API's bounds.
        await Execute($"UPDATE Items SET Fields = replace(Fields, '1000000000000', '{Largest}') WHERE Type = 'operation'");
        await Execute($"UPDATE ItemHistory SET ChangesJson = replace(ChangesJson, '1000000000000', '{Largest}') WHERE ItemType = 'operation'");
        Assert.Equal(2, await server.Scalar($"SELECT COUNT(*) FROM Items WHERE Fields LIKE '%{Largest}%' AND State = 'Settled'"));

        var diego = await server.ClientFor("diego");
        var response = await diego.GetAsync("/api/v1/reports/daily");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task Settle(HttpClient agent)
    {
        var item = await agent.CreateItem("operation", new { client = "Huge", amount = 1_000_000_000_000m, currency = "EUR" });
        var v = item.Version();
        foreach (var (trigger, fields) in new (string, object?)[]
        {
            ("Identify", null), ("ReceiveProof", null), ("ApprovePayment", null),
            ("Close", new { rate = 5.42, @operator = "Mesa" }), ("SendToBroker", new { brokerReference = "SCP-9" }),
        })
        {
            v = (await agent.FireOk(item.Id(), trigger, v, fields)).Version();
        }
        v = await agent.Sign(item.Id());
        await agent.FireOk(item.Id(), "Settle", v, new { swiftReference = ContractSteps.SwiftReference });
    }

    private async Task Execute(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={server.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
