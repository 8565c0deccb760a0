using System.Text;
using OpsBoard.Api;
using OpsBoard.Collections.Goals;

namespace OpsBoard.Collections.Bureau;

public static class BureauEndpoints
{
    /// <summary>The longest period one file covers: a year, as the bureau is sent months.</summary>
    public const int MaxDays = 366;

    public static RouteGroupBuilder MapBureau(this RouteGroupBuilder desk)
    {
        desk.MapGet("/bureau", Export).WithName("CreditBureauFile")
            .WithSummary("Applied payments of a period (from and to as dates, both included) as the credit bureau's CSV (Managers); each file in the audit log.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .RequireAuthorization(p => p.RequireRole(Roles.Manager)).Refusals(400, 403);
        return desk;
    }

    public static async Task<IResult> Export(DateOnly? from, DateOnly? to, HttpContext http, BureauFile file)
    {
        var errors = new Dictionary<string, string[]>();
        if (from is null)
        {
            errors["from"] = [GoalsText.Get("BureauFromRequired")];
        }
        if (to is null)
        {
            errors["to"] = [GoalsText.Get("BureauToRequired")];
        }
        else if (from is { } start && (to < start || to.Value.DayNumber - start.DayNumber >= MaxDays))
        {
            errors["to"] = [GoalsText.Format("BureauPeriod", MaxDays)];
        }
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors, GoalsText.Get("BureauRefused"));
        }
        var (csv, _) = await file.WriteAsync(http.User.Identity?.Name ?? string.Empty, from!.Value, to!.Value, http.RequestAborted);
        return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"credit-bureau-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv");
    }
}
