using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Onboarding;

public static class OnboardingEndpoints
{
    public static RouteGroupBuilder MapOnboarding(this RouteGroupBuilder api)
    {
        var dossiers = api.MapGroup("/onboarding");
        // The same answers as the printed sheet: 404 for no such item, 409 for an item that is not a dossier.
        dossiers.MapGet("/{id:long}/control-sheet", async (long id, Documents.ControlSheets.ControlSheetQuery query, CancellationToken ct) =>
        {
            var (printed, refusal) = await query.LoadAsync(id, ct);
            return refusal is null ? Results.Ok(printed!.Sheet) : refusal.ToProblem("No control sheet for this item");
        });
        dossiers.MapPost("/{id:long}/documents/{document}", (long id, string document, HttpContext http, OnboardingService service) =>
            Run(http, "file", (actor, input) => service.RecordDocumentAsync(actor, id, document, input.ExpectedVersion, input.File, http.RequestAborted)));
        dossiers.MapPost("/{id:long}/verify", (long id, HttpContext http, OnboardingService service) =>
            Run(http, "file", (actor, input) => service.VerifyAsync(actor, id, input.ExpectedVersion, input.ClientCode, http.RequestAborted)));
        dossiers.MapPost("/{id:long}/sign-off", (long id, HttpContext http, OnboardingService service) =>
            Run(http, "report", (actor, input) => service.SignAsync(actor, id, input.ExpectedVersion, input.Area, input.Comment, input.File, http.RequestAborted)));
        dossiers.MapPost("/{id:long}/cancel", (long id, HttpContext http, OnboardingService service) =>
            Run(http, "form", (actor, input) => service.CancelAsync(actor, id, input.ExpectedVersion, input.OnPaper, input.File, input.Note, http.RequestAborted)));
        dossiers.MapGet("/{id:long}/files/{sha256}", (long id, string sha256, DocumentStore store) =>
            store.Find(id, sha256) is { } path
                ? Results.File(path, "application/octet-stream", sha256)
                : Results.Problem(statusCode: 404, title: "Not found", detail: $"Dossier {id} has no file {sha256}."));
        dossiers.MapGet("/notifications", async (HttpContext http, OnboardingService service, CancellationToken ct) =>
        {
            var areas = http.User.ToActor().Roles.Where(r => Domain.Roles.Areas.Contains(r)).ToList();
            var rows = await service.NotificationsAsync(areas, ct: ct);
            return Results.Ok(rows.Select(n => new NotificationView(n.Id, n.ItemId, n.Area, n.Client, n.ClientCode, n.CreatedAt)));
        });
        return api;
    }

    private static async Task<IResult> Run(HttpContext http, string fileField, Func<Actor, OnboardingInput, Task<CommandResult>> action)
    {
        var (input, problem) = await OnboardingInput.ReadAsync(http.Request, fileField, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }
        var actor = http.User.ToActor();
        var result = await action(actor, input!);
        if (!result.Succeeded)
        {
            return result.Status == CommandStatus.Forbidden && result.BlockedBy is { Count: > 0 } reasons
                ? Results.Problem(statusCode: 403, title: "Not allowed", detail: result.Detail,
                    extensions: new Dictionary<string, object?> { ["blockedBy"] = reasons })
                : result.ToProblem();
        }
        var workflows = http.RequestServices.GetRequiredService<WorkflowCatalog>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return Results.Ok(ItemView.From(result.Item!, workflows.Get(result.Item!.Type), actor, now));
    }
}

public sealed record NotificationView(long Id, long DossierId, string Area, string Client, string ClientCode, DateTimeOffset At);
