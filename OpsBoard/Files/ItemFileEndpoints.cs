using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Audit;
using OpsBoard.Auth;
using OpsBoard.Items;
using OpsBoard.Onboarding;

namespace OpsBoard.Files;

public static class ItemFileEndpoints
{
    public static RouteGroupBuilder MapItemFiles(this RouteGroupBuilder api)
    {
        var files = api.MapGroup("/items/{id:long}/files").WithTags("Files");
        files.MapPost("/", Attach).WithName("AttachFile").DisableAntiforgery()
            .WithSummary("Attaches a file to an item (multipart form, field \"file\", with a bearer token); one history row on the item.")
            .Accepts<IFormFile>("multipart/form-data").Refusals(400, 404, 413, 415);
        files.MapGet("/", List).WithName("ListItemFiles").WithSummary("An item's files, newest first: name, size, type, who and when.").Refusals(404);
        files.MapGet("/{fileId:long}", Download).WithName("ItemFile").WithSummary("One file of an item, as it was sent.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), "application/octet-stream").Refusals(404).Audited(AuditKind.FileDownload);
        return api;
    }

    public static async Task<Results<Created<ItemFileView>, ProblemHttpResult>> Attach(long id, HttpContext http, ItemFiles files, FileStore store)
    {
        var (input, problem) = await OnboardingInput.ReadAsync(http.Request, "file", http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }
        if (input!.File is not { } upload)
        {
            return Problems.Invalid(new Dictionary<string, string[]> { ["file"] = [ApiText.Get("FileRequired")] }, ApiText.Get("FileRequired"));
        }
        var result = await files.AttachAsync(http.User.ToActor(), id, upload, http.RequestAborted);
        return result switch
        {
            { File: { } file } => TypedResults.Created(file.Download, file),
            { Kind: FileRefusal.TypeNotAccepted } => Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "File type not accepted",
                result.Refusal!.Errors!["file"][0], new() { ["accepted"] = store.Types.Select(t => t.MediaType) }),
            { Kind: FileRefusal.TooLarge } => Problems.Problem(StatusCodes.Status413PayloadTooLarge, "File too large",
                result.Refusal!.Errors!["file"][0], new() { ["maxBytes"] = store.MaxFileBytes }),
            _ => result.Refusal!.ToProblem(),
        };
    }

    public static async Task<Results<Ok<IReadOnlyList<ItemFileView>>, ProblemHttpResult>> List(long id, HttpContext http, ItemFiles files) =>
        await files.ListAsync(http.User.ToActor(), id, http.RequestAborted) is { } list ? TypedResults.Ok(list) : CommandResult.NotFound(id).ToProblem();

    // An item the caller may not see has no files for them: the same 404 as a file that is not there.
    public static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> Download(long id, long fileId, HttpContext http, ItemFiles files) =>
        await files.OpenAsync(http.User.ToActor(), id, fileId, http.RequestAborted) is { } found
            ? TypedResults.PhysicalFile(found.Path, found.File.MediaType == FileTypes.Pdf.MediaType ? found.File.MediaType : "application/octet-stream",
                found.File.FileName)
            : Problems.Problem(404, "Not found", ApiText.Format("ItemFileNotFound", id, fileId));
}
