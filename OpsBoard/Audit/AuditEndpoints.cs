using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;

namespace OpsBoard.Audit;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", Read).WithTags("Audit").WithName("AuditLog")
            .WithSummary("The audit log, newest first, 50 rows a page; narrowed by kind, actor and a [from, to) span.")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin)).Refusals(400, 403);
        return api;
    }

    // Taken as text and read here, so a malformed date or page gets a reason rather than a bare 400.
    public static async Task<Results<Ok<AuditRows>, ProblemHttpResult>> Read(AuditQuery query, string? kind, string? actor,
        string? from, string? to, string? page, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var start = Instant(from, "from", errors);
        var end = Instant(to, "to", errors);
        var number = 1;
        if (page is { Length: > 0 } && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > 100_000))
        {
            errors["page"] = [ApiText.Get("AuditBadPage")];
        }
        if (kind is { Length: > 0 } && !AuditKind.All.Contains(kind))
        {
            errors["kind"] = [ApiText.Format("AuditUnknownKind", string.Join(", ", AuditKind.All))];
        }
        if (start > end)
        {
            errors["to"] = [ApiText.Get("AuditBadSpan")];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors, ApiText.Get("AuditBadFilter"));
        }
        return TypedResults.Ok(await query.ReadAsync(new AuditFilter(kind, actor, start, end, number), ct));
    }

    private static DateTimeOffset? Instant(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }
        errors[field] = [ApiText.Get("AuditBadInstant")];
        return null;
    }
}
