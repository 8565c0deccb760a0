using System.Text.Json;

namespace OpsBoard.Onboarding;

/// <summary>
/// What a dossier request carries, sent as JSON or, when a file goes with it, as multipart form
/// data. Forms are taken only with a bearer token: a browser's cookie cannot be made to post one
/// from another site.
/// </summary>
public sealed record OnboardingInput(int? ExpectedVersion, string? Area, string? Comment, string? ClientCode, bool OnPaper, string? Note, Upload? File)
{
    public static async Task<(OnboardingInput? Input, IResult? Problem)> ReadAsync(HttpRequest request, string fileField, CancellationToken ct)
    {
        try
        {
            if (request.HasFormContentType)
            {
                if (!request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    return (null, Results.Problem(statusCode: 400, title: "Bearer token required", detail: "Files are sent to the API with a bearer token."));
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
            var body = await request.ReadFromJsonAsync<JsonBody>(ct);
            return (new OnboardingInput(body?.ExpectedVersion, body?.Area, body?.Comment, body?.ClientCode, body?.OnPaper ?? false, body?.Note, null), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, Results.Problem(statusCode: 400, title: "Unreadable request", detail: ex.Message));
        }
    }

    private static int? Int(string? text) => int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record JsonBody(int? ExpectedVersion, string? Area, string? Comment, string? ClientCode, bool? OnPaper, string? Note);
}
