using System.Text.Json;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;

namespace OpsBoard.Onboarding;

/// <summary>
/// Changes of an active client's service: asked for by anyone on the team, kept aside until Operations
/// approves or rejects them, with Security's new study first when the change needs one. Every step is
/// a move of the dossier's workflow, so the rules live there and the history keeps each one.
/// </summary>
public sealed class DossierChanges(OnboardingService dossiers, WorkflowCatalog workflows)
{
    public async Task<CommandResult> RequestAsync(Actor actor, long id, int? version, string? summary, IReadOnlyDictionary<string, JsonElement>? changes,
        bool studyNeeded, CancellationToken ct = default)
    {
        if (await dossiers.FindDossier(actor, id, ct) is { } missing)
        {
            return missing;
        }
        var fields = workflows.Get(OnboardingWorkflow.Type).Fields;
        var values = new Dictionary<string, object?>();
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, json) in changes ?? new Dictionary<string, JsonElement>())
        {
            var definition = OnboardingWorkflow.ServiceDetails.Contains(name) ? fields.First(f => f.Name == name) : null;
            if (definition is null)
            {
                errors[name] = [RuleText.FieldUnknown(name)];
            }
            else if (definition.TryParse(json, out var value, out var error) && value is not null)
            {
                values[name] = value;
            }
            else
            {
                errors[name] = [error ?? RuleText.FieldRequired(name)];
            }
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        object? proposed = values.Count > 0 ? PendingChange.Serialize(values) : null;
        return await dossiers.FireAsync(actor, id, nameof(OnboardingTrigger.Update), version, null, ct,
            ("changeSummary", summary), (PendingChange.Proposed, proposed), (PendingChange.StudyNeeded, studyNeeded ? true : null));
    }

    public Task<CommandResult> ApproveAsync(Actor actor, long id, int? version, CancellationToken ct = default) =>
        dossiers.FireAsync(actor, id, nameof(OnboardingTrigger.ApproveChange), version, null, ct);

    public Task<CommandResult> RejectAsync(Actor actor, long id, int? version, string? reason, CancellationToken ct = default) =>
        dossiers.FireAsync(actor, id, nameof(OnboardingTrigger.RejectChange), version, null, ct, (PendingChange.RejectionReason, reason));

    /// <summary>Security's new study for the pending change: an uploaded report (kept with its hash) or one delivered on paper.</summary>
    public async Task<CommandResult> AddStudyAsync(Actor actor, long id, int? version, Upload? study, string? note, CancellationToken ct = default)
    {
        if (await dossiers.FindDossier(actor, id, ct) is { } missing)
        {
            return missing;
        }
        return await dossiers.WithFileAsync(id, study, (value, fileNote) =>
            dossiers.FireAsync(actor, id, nameof(OnboardingTrigger.AddStudy), version, note ?? fileNote, ct, (PendingChange.Study, value)), ct);
    }
}
