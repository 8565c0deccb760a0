using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents.Contracts;

public sealed class ContractRulesApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task A_EUR_operation_over_the_threshold_cannot_settle_unsigned_and_the_refusal_changes_nothing()
    {
        var ana = await server.ClientFor("ana");
        var (id, v) = await AtBroker(ana, 200_000m, "EUR");

        var refused = await ana.Fire(id, "Settle", v, new { swiftReference = ContractSteps.SwiftReference });

        await AssertRefused(refused, HttpStatusCode.Conflict, "ContractNotSigned", id, v);
        v = await ana.Sign(id);
        var settled = await ana.FireOk(id, "Settle", v, new { swiftReference = ContractSteps.SwiftReference });
        Assert.Equal("Settled", (string?)settled["state"]);
        Assert.Equal(ContractSteps.SwiftReference, (string?)settled["fields"]!["swiftReference"]);
    }

    [Theory]
    [InlineData("/SCP2026", HttpStatusCode.Conflict, "SwiftReferenceInvalid")]
    [InlineData("SCP//2026", HttpStatusCode.Conflict, "SwiftReferenceInvalid")]
    [InlineData("SCP2026-0001-REFERENCE", HttpStatusCode.Conflict, "SwiftReferenceInvalid")]
    [InlineData("3f2a6c1e-8b4d-1c2a-9e1f-0a7b5c3d2e1f", HttpStatusCode.Conflict, "SwiftReferenceInvalid")]
    [InlineData(null, HttpStatusCode.BadRequest, "swiftReference")]
    public async Task A_settlement_without_a_well_formed_SWIFT_reference_is_refused_and_changes_nothing(string? reference, HttpStatusCode status, string reason)
    {
        var ana = await server.ClientFor("ana");
        var (id, v) = await AtBroker(ana, 5_000m, "USD");

        var refused = await ana.Fire(id, "Settle", v, reference is null ? null : new { swiftReference = reference });

        await AssertRefused(refused, status, reason, id, v);
    }

    [Fact]
    public async Task A_UETR_is_taken_as_the_SWIFT_reference()
    {
        var ana = await server.ClientFor("ana");
        var (id, v) = await AtBroker(ana, 5_000m, "USD");

        var settled = await ana.FireOk(id, "Settle", v, new { swiftReference = "3f2a6c1e-8b4d-4c2a-9e1f-0a7b5c3d2e1f" });

        Assert.Equal("Settled", (string?)settled["state"]);
    }

    [Fact]
    public async Task Signing_needs_a_PDF_or_image_already_on_the_operation_and_a_refusal_changes_nothing()
    {
        var ana = await server.ClientFor("ana");
        var (id, _) = await AtBroker(ana, 150_000m, "USD");
        var (text, v) = await ana.AttachSignedCopy(id, Encoding.UTF8.GetBytes("assinado pelo cliente"), "assinatura.txt");
        var (elsewhere, _) = await ana.AttachSignedCopy((await AtBroker(ana, 150_000m, "USD")).Id);

        await AssertRefused(await ana.Fire(id, "SignContract", v, new { signedCopy = new string('0', 64) }), HttpStatusCode.BadRequest, "signedCopy", id, v);
        await AssertRefused(await ana.Fire(id, "SignContract", v, new { signedCopy = elsewhere }), HttpStatusCode.BadRequest, "signedCopy", id, v);
        await AssertRefused(await ana.Fire(id, "SignContract", v, new { signedCopy = text }), HttpStatusCode.BadRequest, "PDF", id, v);
        await AssertRefused(await ana.Fire(id, "SignContract", v), HttpStatusCode.BadRequest, "signedCopy", id, v);

        var (sha, attached) = await ana.AttachSignedCopy(id);
        var signed = await ana.FireOk(id, "SignContract", attached, new { signedCopy = sha });
        Assert.Equal(sha, (string?)signed["fields"]!["signedCopy"]);
        Assert.True((bool)signed["fields"]!["contractSigned"]!);
        var history = (await ana.GetJson($"/api/v1/items/{id}/history")).AsArray();
        Assert.Contains(sha, history[^1]!.ToJsonString(), StringComparison.Ordinal);
        await AssertRefused(await ana.Fire(id, "SignContract", signed.Version(), new { signedCopy = sha }), HttpStatusCode.Conflict, "ContractAlreadySigned",
            id, signed.Version());
    }

    /// <summary>An operation taken to the broker: created, paid, closed at a rate and sent; its id and version.</summary>
    internal static async Task<(long Id, int Version)> AtBroker(HttpClient agent, decimal amount, string currency, JsonObject? existing = null)
    {
        var item = existing ?? await agent.CreateItem("operation", new { client = "Contratos Ltda", amount, currency, direction = "outbound" });
        var v = item.Version();
        foreach (var (trigger, fields) in new (string, object?)[]
        {
            ("Identify", null), ("ReceiveProof", null), ("ApprovePayment", null), ("Close", new { rate = 5.25m, @operator = "Mesa" }),
            ("SendToBroker", new { brokerReference = "SCP-100" }),
        })
        {
            v = (await agent.FireOk(item.Id(), trigger, v, fields)).Version();
        }
        return (item.Id(), v);
    }

    private async Task AssertRefused(HttpResponseMessage response, HttpStatusCode status, string reason, long id, int version)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, body, StringComparison.Ordinal);
        Assert.Equal(version, await server.Scalar($"SELECT Version FROM Items WHERE Id = {id}"));
        Assert.Equal(version, await server.Scalar($"SELECT COUNT(*) FROM ItemHistory WHERE ItemId = {id}"));
    }
}
