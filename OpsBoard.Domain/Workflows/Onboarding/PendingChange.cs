using System.Text.Json;
using OpsBoard.Domain.Engine;

namespace OpsBoard.Domain.Workflows.Onboarding;

/// <summary>
/// A change asked for an active client, kept aside until Operations approves it: "proposedChange" holds
/// the new service details as a JSON object, "changeRequestedBy" who asked, "studyNeeded" whether Security
/// must add a new study ("changeStudy") first. A new address always needs one: the study approves the place.
/// </summary>
public static class PendingChange
{
    public const string Proposed = "proposedChange";
    public const string RequestedBy = "changeRequestedBy";
    public const string StudyNeeded = "studyNeeded";
    public const string Study = "changeStudy";
    public const string RejectionReason = "rejectionReason";

    /// <summary>Details whose change sends Security to the client's site again.</summary>
    public static IReadOnlyList<string> NeedStudy { get; } = ["address"];

    public static bool IsPending(Func<string, object?> field) => field(Proposed) is string { Length: > 0 };

    /// <summary>The proposed details, or null when the text is not a JSON object of service details only.</summary>
    public static IReadOnlyDictionary<string, object?>? Parse(object? proposed)
    {
        if (proposed is not string { Length: > 0 } text)
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var values = new Dictionary<string, object?>();
            foreach (var p in json.RootElement.EnumerateObject())
            {
                if (!OnboardingWorkflow.ServiceDetails.Contains(p.Name))
                {
                    return null;
                }
                values[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.String when p.Name == "moneyProcessing" => null,
                    JsonValueKind.String => p.Value.GetString(),
                    _ => null,
                };
                if (values[p.Name] is null || (p.Name == "moneyProcessing") != values[p.Name] is bool)
                {
                    return null;
                }
            }
            return values.Count > 0 ? values : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Serialize(IReadOnlyDictionary<string, object?> values) => JsonSerializer.Serialize(values);

    /// <summary>Whether the change needs a new Security study: asked for, or a detail that needs one changes.</summary>
    public static bool NeedsStudy(TransitionContext c) =>
        c.Parameters.GetValueOrDefault(StudyNeeded) is true
        || (Parse(c.Field(Proposed))?.Any(p => NeedStudy.Contains(p.Key) && !Equals(p.Value, c.ItemFields.GetValueOrDefault(p.Key))) ?? false);

    public static void Request(TransitionContext c)
    {
        c.Set(RequestedBy, c.Actor.UserName);
        c.Set(StudyNeeded, NeedsStudy(c));
        c.Set(Study, null);
        c.Set(RejectionReason, null);
    }

    /// <summary>Writes the proposed details over the client's and closes the pending change.</summary>
    public static void Apply(TransitionContext c)
    {
        foreach (var (name, value) in Parse(c.Field(Proposed)) ?? new Dictionary<string, object?>())
        {
            c.Set(name, value);
        }
        Close(c);
    }

    public static void Close(TransitionContext c)
    {
        c.Set(Proposed, null);
        c.Set(StudyNeeded, null);
    }

    public static bool AwaitsStudy(Func<string, object?> field) => IsPending(field) && field(StudyNeeded) is true;

    public static bool StudyDone(Func<string, object?> field) => field(StudyNeeded) is not true || OnboardingChecklist.IsDelivery(field(Study));
}
