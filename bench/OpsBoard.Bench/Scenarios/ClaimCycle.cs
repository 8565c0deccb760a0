using System.Text.Json;

namespace OpsBoard.Bench.Scenarios;

/// <summary>
/// The transition every driver fires: a claim under investigation asks for evidence and gets it back,
/// so one item can move forever, each move a real state change with a history row and an event.
/// </summary>
public static class ClaimCycle
{
    public const string Investigating = "Investigating";
    public const string AwaitingEvidence = "AwaitingEvidence";
    public const string Queue = "claims";

    private static readonly Dictionary<string, JsonElement> NoFields = [];
    private static readonly Dictionary<string, JsonElement> Evidence = new()
    {
        ["evidence"] = JsonSerializer.SerializeToElement(new[] { "statement.pdf" }),
    };

    private static readonly Dictionary<string, object?> NoValues = [];
    private static readonly Dictionary<string, object?> EvidenceValues = new() { ["evidence"] = new[] { "statement.pdf" } };

    public static string NextTrigger(string state) => state == AwaitingEvidence ? "EvidenceReceived" : "RequestEvidence";

    public static string NextState(string state) => state == AwaitingEvidence ? Investigating : AwaitingEvidence;

    public static Dictionary<string, JsonElement> FieldsFor(string trigger) => trigger == "EvidenceReceived" ? Evidence : NoFields;

    /// <summary>The same fields as typed values, for a command fired in-process.</summary>
    public static IReadOnlyDictionary<string, object?> ValuesFor(string trigger) => trigger == "EvidenceReceived" ? EvidenceValues : NoValues;

    public static string BodyFor(string state, int version) =>
        JsonSerializer.Serialize(new { trigger = NextTrigger(state), expectedVersion = version, fields = FieldsFor(NextTrigger(state)) });
}
