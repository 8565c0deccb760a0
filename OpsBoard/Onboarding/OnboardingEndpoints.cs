using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Audit;
using OpsBoard.Auth;
using OpsBoard.Documents.ControlSheets;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Files;
using OpsBoard.Items;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Onboarding;

public static class OnboardingEndpoints
{
    public static RouteGroupBuilder MapOnboarding(this RouteGroupBuilder api)
    {
        var dossiers = api.MapGroup("/onboarding").WithTags("Onboarding");
        dossiers.MapGet("/{id:long}/control-sheet", ControlSheet).WithName("ControlSheet")
            .WithSummary("A dossier's control sheet: client, checklist, verifier, each area's line, activation.").Refusals(404, 409);
        dossiers.MapPost("/{id:long}/documents/{document}", RecordDocument).WithName("RecordDocument")
            .WithSummary("Uploads a checklist document (form with file) or marks it delivered on paper (JSON).").Changes();
        dossiers.MapPost("/{id:long}/verify", Verify).WithName("VerifyDossier")
            .WithSummary("Verifies a dossier and gives the client its code, chosen or the next free one.").Changes();
        dossiers.MapPost("/{id:long}/sign-off", SignOff).WithName("SignOff")
            .WithSummary("Signs an area's line of the control sheet (Security with its inspection report).").Changes();
        dossiers.MapPost("/{id:long}/cancel", Cancel).WithName("CancelDossier")
            .WithSummary("Cancels a dossier with its cancellation form (a file, or on paper).").Changes();
        dossiers.MapGet("/{id:long}/files/{sha256}", File).WithName("DossierFile").WithSummary("A file kept for a dossier, by its SHA-256.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), "application/octet-stream").Refusals(404).Audited(AuditKind.FileDownload);
        dossiers.MapGet("/notifications", Notifications).WithName("AreaNotifications").WithSummary("The latest notices to the caller's areas, newest first.");
        dossiers.MapDossierChanges();
        return api.MapMailOutbox();
    }

    // The same answers as the printed sheet: 404 for no such item, 409 for an item that is not a dossier.
    public static async Task<Results<Ok<ControlSheetData>, ProblemHttpResult>> ControlSheet(long id, HttpContext http, ControlSheetQuery query)
    {
        var (printed, refusal) = await query.LoadAsync(id, http.User.ToActor(), http.RequestAborted);
        return refusal is null ? TypedResults.Ok(printed!.Sheet) : refusal.ToProblem("No control sheet for this item");
    }

    public static Task<Results<Ok<ItemView>, ProblemHttpResult>> RecordDocument(long id, string document, HttpContext http, OnboardingService service) =>
        Run(http, "file", (actor, input) => service.RecordDocumentAsync(actor, id, document, input.ExpectedVersion, input.File, http.RequestAborted));

    public static Task<Results<Ok<ItemView>, ProblemHttpResult>> Verify(long id, HttpContext http, OnboardingService service) =>
        Run(http, "file", (actor, input) => service.VerifyAsync(actor, id, input.ExpectedVersion, input.ClientCode, http.RequestAborted));

    public static Task<Results<Ok<ItemView>, ProblemHttpResult>> SignOff(long id, HttpContext http, OnboardingService service) =>
        Run(http, "report", (actor, input) => service.SignAsync(actor, id, input.ExpectedVersion, input.Area, input.Comment, input.File, http.RequestAborted));

    public static Task<Results<Ok<ItemView>, ProblemHttpResult>> Cancel(long id, HttpContext http, OnboardingService service) =>
        Run(http, "form", (actor, input) => service.CancelAsync(actor, id, input.ExpectedVersion, input.OnPaper, input.File, input.Note, http.RequestAborted));

    // A dossier the caller may not see has no files for them: the same 404 as a file that is not there.
    public static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> File(long id, string sha256, HttpContext http, ItemQueries items,
        FileStore store) =>
        await items.FindAsync(id, http.User.ToActor(), http.RequestAborted) is { Type: Domain.Workflows.Onboarding.OnboardingWorkflow.Type }
        && store.Find(FileStore.ItemFolder(id), sha256) is { } path
            ? TypedResults.PhysicalFile(path, "application/octet-stream", sha256)
            : Problems.Problem(404, "Not found", ApiText.Format("FileNotFound", id, sha256));

    public static async Task<Ok<IEnumerable<NotificationView>>> Notifications(HttpContext http, OnboardingService service, CancellationToken ct)
    {
        var areas = http.User.ToActor().Roles.Where(r => Domain.Roles.Areas.Contains(r)).ToList();
        var rows = await service.NotificationsAsync(areas, ct: ct);
        return TypedResults.Ok(rows.Select(n => new NotificationView(n.Id, n.ItemId, n.Area, n.Client, n.ClientCode, n.CreatedAt)));
    }

    /// <summary>A dossier step's body is read by hand (JSON, or a form when a file goes along), so the document says what it takes.</summary>
    internal static RouteHandlerBuilder Changes(this RouteHandlerBuilder endpoint) => endpoint
        .Accepts<OnboardingInput.DossierStepBody>(isOptional: true, "application/json", "multipart/form-data", "application/x-www-form-urlencoded")
        .Refusals(400, 403, 404, 409, 415);

    internal static async Task<Results<Ok<ItemView>, ProblemHttpResult>> Run(HttpContext http, string fileField,
        Func<Actor, OnboardingInput, Task<CommandResult>> action)
    {
        var (input, problem) = await OnboardingInput.ReadAsync(http.Request, fileField, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }
        // The form's file is buffered, so its type is told before anything is looked up or stored.
        if (input!.File is { Content.Length: > 0 } upload
            && FileTypes.Refusal(upload.FileName, await FileTypes.PeekAsync(upload.Content, http.RequestAborted)) is { } refusal)
        {
            return Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "File type not accepted", refusal,
                new() { ["accepted"] = FileTypes.Accepted.Select(t => t.MediaType) });
        }
        var actor = http.User.ToActor();
        return Answer(http, actor, await action(actor, input!));
    }

    /// <summary>The dossier after a step, or the step's refusal as problem+json (403 with the rule that forbids it).</summary>
    internal static Results<Ok<ItemView>, ProblemHttpResult> Answer(HttpContext http, Actor actor, CommandResult result)
    {
        if (!result.Succeeded)
        {
            return result.Status == CommandStatus.Forbidden && result.BlockedBy is { Count: > 0 } reasons
                ? Problems.Problem(403, "Not allowed", result.Detail, new() { ["blockedBy"] = reasons })
                : result.ToProblem();
        }
        var workflows = http.RequestServices.GetRequiredService<WorkflowCatalog>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return TypedResults.Ok(ItemView.From(result.Item!, workflows.Get(result.Item!.Type), actor, now));
    }
}

public sealed record NotificationView(long Id, long DossierId, string Area, string Client, string ClientCode, DateTimeOffset At);
