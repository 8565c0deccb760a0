using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Documents.Contracts;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Fx;

/// <summary>The steps the FX desk's tests take over the API.</summary>
internal static class FxKit
{
    /// <summary>The moves from a new operation to the state named, each with what it requires.</summary>
    private static readonly (string Trigger, object? Fields)[] Path =
    [
        ("Identify", null), ("ReceiveProof", null), ("ApprovePayment", null), ("Close", new { rate = 5.4m, @operator = "Mesa" }),
        ("SendToBroker", new { brokerReference = "SCP-1" }), ("Settle", new { swiftReference = ContractSteps.SwiftReference }),
    ];

    private static readonly string[] Reached = ["AwaitingPayment", "PaymentReview", "ReadyToClose", "Closed", "AtBroker", "Settled"];

    /// <summary>Fires the operation on until it stands in <paramref name="state"/>; its version there.</summary>
    public static async Task<int> MoveTo(this HttpClient client, JsonNode item, string state)
    {
        var v = item.Version();
        if (state == "Received")
        {
            return v;
        }
        foreach (var (step, n) in Path.Select((p, n) => (p, n)))
        {
            if (step.Trigger == "Settle" && await client.NeedsSignature(item.Id()))
            {
                v = await client.Sign(item.Id());
            }
            v = (await client.FireOk(item.Id(), step.Trigger, v, step.Fields)).Version();
            if (Reached[n] == state)
            {
                return v;
            }
        }
        throw new ArgumentException($"No path to {state}.", nameof(state));
    }

    /// <summary>Whether the operation waits on the contracts-to-sign list, so settling it needs the signed copy first.</summary>
    private static async Task<bool> NeedsSignature(this HttpClient client, long id) =>
        (await client.GetJson("/api/v1/fx/contracts/pending")).AsArray().Any(row => row!["itemId"]?.GetValue<long>() == id);

    /// <summary>The client speaking English, so that texts and figures read the same on every machine.</summary>
    public static HttpClient InEnglish(this HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return client;
    }
}
