using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Files;
using OpsBoard.Onboarding;

namespace OpsBoard.Documents.Protocols;

public static partial class ProtocolEndpoints
{
    public static async Task<Ok<IReadOnlyList<ProtocolSummary>>> List(ProtocolDesk desk, CancellationToken ct) => TypedResults.Ok(await desk.ListAsync(ct: ct));

    public static async Task<Results<Ok<ProtocolSummary>, ProblemHttpResult>> SignedBack(long number, HttpContext http, ProtocolDesk desk, FileStore store)
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
        DateOnly? signedOn = null;
        if (http.Request.Form["signedOn"].ToString() is { Length: > 0 } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Problems.Invalid(new Dictionary<string, string[]> { ["signedOn"] = [ApiText.Get("ProtocolSignedOnOutside")] }, null);
            }
            signedOn = day;
        }
        var (protocol, refusal, kind) = await desk.SignBackAsync(http.User.ToActor(), number, signedOn, upload, http.RequestAborted);
        return (protocol, kind) switch
        {
            ({ } done, _) => TypedResults.Ok(done),
            (_, FileRefusal.TypeNotAccepted) => Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "File type not accepted",
                refusal!.Errors!["file"][0], new() { ["accepted"] = store.Types.Select(t => t.MediaType) }),
            (_, FileRefusal.TooLarge) => Problems.Problem(StatusCodes.Status413PayloadTooLarge, "File too large", refusal!.Errors!["file"][0]),
            _ => refusal!.ToProblem(),
        };
    }

    public static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> SignedCopy(long number, ProtocolDesk desk, CancellationToken ct) =>
        await desk.SignedCopyAsync(number, ct) is { } copy
            ? TypedResults.PhysicalFile(copy.Path, "application/octet-stream", copy.Name)
            : Problems.Problem(404, "Not found", ApiText.Format("ProtocolNoSignedCopy", number));
}
