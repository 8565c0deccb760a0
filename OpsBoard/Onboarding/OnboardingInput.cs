using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;

namespace OpsBoard.Onboarding;

/// <summary>
/// What a dossier request carries, sent as JSON or, when a file goes with it, as multipart form
/// data. Forms are taken only with a bearer token: a browser's cookie cannot be made to post one
/// from another site.
/// </summary>
public sealed record OnboardingInput(int? ExpectedVersion, string? Area, string? Comment, string? ClientCode, bool OnPaper, string? Note, Upload? File)
{
    public static async Task<(OnboardingInput? Input, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, string fileField, CancellationToken ct)
    {
        try
        {
            if (request.HasFormContentType)
            {
                if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    return (null, Problems.Problem(400, "Bearer token required", ApiText.Get("BearerRequired")));
                }
                var form = await request.ReadFormAsync(ct);
                var file = form.Files.GetFile(fileField);
                return (new OnboardingInput(Int(form["expectedVersion"]), Text(form["area"]), Text(form["comment"]), Text(form["clientCode"]),
                    bool.TryParse(form["onPaper"], out var paper) && paper, Text(form["note"]),
                    file is null ? null : new Upload(file.FileName, file.OpenReadStream())), null);
            }
            if (request.ContentLength is 0 || request.ContentType is null)
            {
                return (new OnboardingInput(null, null, null, null, false, null, null), null);
            }
            var body = await request.ReadFromJsonAsync<DossierStepBody>(ct);
            return (new OnboardingInput(body?.ExpectedVersion, body?.Area, body?.Comment, body?.ClientCode, body?.OnPaper ?? false, body?.Note, null), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, Problems.Problem(400, "Unreadable request", ApiText.Format("UnreadableRequest", ex.Message)));
        }
    }

    private static int? Int(string? text) => int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The JSON form of a dossier step; a form carries the same names and its file.</summary>
    public sealed record DossierStepBody(int? ExpectedVersion, string? Area, string? Comment, string? ClientCode, bool? OnPaper, string? Note);
}
