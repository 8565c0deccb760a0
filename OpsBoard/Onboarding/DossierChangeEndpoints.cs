using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Items;

namespace OpsBoard.Onboarding;

/// <summary>A change asked for an active client: the new service details, why, and whether Security must study it again.</summary>
public sealed record ChangeRequestBody(int? ExpectedVersion, string? ChangeSummary, Dictionary<string, JsonElement>? Changes, bool? StudyNeeded);

/// <summary>Operations' answer to a pending change; a rejection says why.</summary>
public sealed record ChangeDecisionBody(int? ExpectedVersion, string? Reason);

public static class DossierChangeEndpoints
{
    public static RouteGroupBuilder MapDossierChanges(this RouteGroupBuilder dossiers)
    {
        dossiers.MapPost("/{id:long}/changes", Request).WithName("RequestDossierChange")
            .WithSummary("Asks for a change of an active client's service details; it waits for Operations' approval.").Refusals(400, 403, 404, 409);
        dossiers.MapPost("/{id:long}/changes/approve", Approve).WithName("ApproveDossierChange")
            .WithSummary("Operations approves the pending change: the details apply in one history row.").Refusals(400, 403, 404, 409);
        dossiers.MapPost("/{id:long}/changes/reject", Reject).WithName("RejectDossierChange")
            .WithSummary("Operations rejects the pending change with a reason; the details stay as they were.").Refusals(400, 403, 404, 409);
        dossiers.MapPost("/{id:long}/changes/study", Study).WithName("AddChangeStudy")
            .WithSummary("Security adds the new study a pending change needs (form with file \"study\", or JSON on paper).").Changes();
        return dossiers;
    }

    public static Task<Results<Ok<ItemView>, ProblemHttpResult>> Request(long id, ChangeRequestBody body, HttpContext http, DossierChanges changes) =>
        Answer(http, changes.RequestAsync(http.User.ToActor(), id, body.ExpectedVersion, body.ChangeSummary, body.Changes, body.StudyNeeded ?? false,
            http.RequestAborted));

    public static Task<Results<Ok<ItemView>, ProblemHttpResult>> Approve(long id, ChangeDecisionBody body, HttpContext http, DossierChanges changes) =>
        Answer(http, changes.ApproveAsync(http.User.ToActor(), id, body.ExpectedVersion, http.RequestAborted));

    public static Task<Results<Ok<ItemView>, ProblemHttpResult>> Reject(long id, ChangeDecisionBody body, HttpContext http, DossierChanges changes) =>
        Answer(http, changes.RejectAsync(http.User.ToActor(), id, body.ExpectedVersion, body.Reason, http.RequestAborted));

    public static Task<Results<Ok<ItemView>, ProblemHttpResult>> Study(long id, HttpContext http, DossierChanges changes) =>
        OnboardingEndpoints.Run(http, "study", (actor, input) => changes.AddStudyAsync(actor, id, input.ExpectedVersion, input.File, input.Note, http.RequestAborted));

    private static async Task<Results<Ok<ItemView>, ProblemHttpResult>> Answer(HttpContext http, Task<CommandResult> change) =>
        OnboardingEndpoints.Answer(http, http.User.ToActor(), await change);
}
