using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Collections.Bureau;
using OpsBoard.Collections.Keeping;

namespace OpsBoard.Collections.Goals;

public static class GoalEndpoints
{
    /// <summary>The desk's month: goals against what was recovered, keeping rates, and the credit bureau file.</summary>
    public static RouteGroupBuilder MapDeskGoals(this RouteGroupBuilder desk)
    {
        desk.MapGet("/goals", Read).WithName("RecoveryGoals")
            .WithSummary("A month's recovery goals (the desk's and each analyst's) with what each recovered so far; month as 2026-11, the current one by default.")
            .Refusals(400);
        desk.MapPut("/goals", Set).WithName("SetRecoveryGoals")
            .WithSummary("Sets or removes (amount null) goals of the month (Managers); each change recorded in the audit log.")
            .RequireAuthorization(p => p.RequireRole(Roles.Manager)).Refusals(400, 403);
        desk.MapGet("/keeping", Keeping).WithName("KeepingRates")
            .WithSummary("Promises and agreements made in the month per agent and for the desk, how they ended, and the keeping rates.").Refusals(400);
        desk.MapBureau();
        return desk;
    }

    public static async Task<Results<Ok<GoalsView>, ProblemHttpResult>> Read(string? month, GoalBook goals, BusinessTime time, TimeProvider clock,
        CancellationToken ct) =>
        DeskMonth.Parse(month, clock.GetUtcNow(), time.Zone) is { } chosen ? TypedResults.Ok(await goals.ReadAsync(chosen, ct)) : MonthRefused(month);

    public static async Task<Results<Ok<GoalsView>, ProblemHttpResult>> Set(string? month, SetGoalsRequest? request, HttpContext http, GoalBook goals,
        BusinessTime time, TimeProvider clock)
    {
        if (DeskMonth.Parse(month, clock.GetUtcNow(), time.Zone) is not { } chosen)
        {
            return MonthRefused(month);
        }
        var errors = await goals.SetAsync(http.User.Identity?.Name ?? string.Empty, chosen, request, http.RequestAborted);
        return errors is null ? TypedResults.Ok(await goals.ReadAsync(chosen, http.RequestAborted)) : Problems.Invalid(errors, GoalsText.Get("GoalsRefused"));
    }

    public static async Task<Results<Ok<KeepingView>, ProblemHttpResult>> Keeping(string? month, KeepingQuery keeping, BusinessTime time,
        TimeProvider clock, CancellationToken ct) =>
        DeskMonth.Parse(month, clock.GetUtcNow(), time.Zone) is { } chosen ? TypedResults.Ok(await keeping.ReadAsync(chosen, ct)) : MonthRefused(month);

    private static ProblemHttpResult MonthRefused(string? month) => Problems.Invalid(
        new Dictionary<string, string[]> { ["month"] = [GoalsText.Format("MonthUnreadable", month)] }, GoalsText.Get("MonthRefused"));
}
