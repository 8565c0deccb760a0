using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Fx.Exposure;

namespace OpsBoard.Fx;

public static class FxEndpoints
{
    public static RouteGroupBuilder MapFx(this RouteGroupBuilder api)
    {
        var fx = api.MapGroup("/fx").WithTags("FX");
        fx.MapGet("/rates", (ReferenceRates rates, CancellationToken ct) => rates.ListAsync(ct)).WithName("ReferenceRates")
            .WithSummary("The USD reference rate of every currency operations are made in; null where none is set yet.");
        fx.MapPut("/rates/{currency}", Set).WithName("SetReferenceRate")
            .WithSummary("Sets a currency's rate in US dollars per unit (Managers); recorded in the audit log.")
            .RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin)).Refusals(400, 403);
        fx.MapGet("/exposure", Exposure).WithName("FxExposure")
            .WithSummary("Open positions per currency and direction: received, closed not settled, settled today; in the currency and in USD.")
            .RequireAuthorization(p => p.RequireRole(Roles.All.ToArray())).Refusals(403);
        return api;
    }

    private static async Task<Ok<ExposureView>> Exposure(HttpContext http, ExposureQuery query) =>
        TypedResults.Ok(await query.ReadAsync(http.User.ToActor(), http.RequestAborted));

    private static async Task<Results<Ok<RateView>, ProblemHttpResult>> Set(string currency, SetRateRequest? request, HttpContext http,
        ReferenceRates rates)
    {
        var (rate, errors) = await rates.SetAsync(http.User.Identity?.Name ?? string.Empty, currency, request?.UsdPerUnit, http.RequestAborted);
        return errors is null ? TypedResults.Ok(rate!) : Problems.Invalid(errors, ApiText.Get("RateRefused"));
    }
}
