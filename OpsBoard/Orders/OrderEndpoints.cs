using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Documents;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Orders;

public static class OrderEndpoints
{
    public static RouteGroupBuilder MapOrders(this RouteGroupBuilder api)
    {
        api.MapPost("/items/{id:long}/claims", OpenClaim).WithTags("Orders").WithName("OpenClaimFromOrder")
            .WithSummary("Opens a claim about an order (category: shortage, defect, expired, wrongItem, damage).").Refusals(400, 404);
        api.MapGet("/items/{id:long}/evidence.pdf", Evidence).WithTags("Documents").WithName("EvidencePackPdf")
            .WithSummary("A claim's evidence pack: the claim, its order, its history and its files with their SHA-256.").Pdf().Refusals(404, 409);
        api.MapPut("/clients/{id:long}/claim-days", SetClaimDays).WithTags("Clients").WithName("SetClientClaimDays")
            .WithSummary("Sets the business days a client's contract gives for claims; null for the default (leads, managers, admins).")
            .Refusals(400, 403, 404).RequireAuthorization(p => p.RequireRole(Roles.Lead, Roles.Manager, Roles.Admin));
        return api;
    }

    public static async Task<Results<Created<ItemView>, ProblemHttpResult>> OpenClaim(long id, ClaimFromOrderRequest request, HttpContext http,
        ClaimsFromOrders claims, WorkflowCatalog workflows, TimeProvider clock)
    {
        var actor = http.User.ToActor();
        var result = await claims.OpenAsync(actor, id, request, http.RequestAborted);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/items/{result.Item!.Id}", ItemView.From(result.Item, workflows.Get(result.Item.Type), actor, clock.GetUtcNow()))
            : result.ToProblem();
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Evidence(long id, HttpContext http, EvidencePackQuery query,
        IStringLocalizer<OrderText> t, IOptions<PdfOptions> pdf, BusinessCalendar calendar)
    {
        var (pack, refusal) = await query.LoadAsync(id, http.User.ToActor(), http.RequestAborted);
        return refusal is not null
            ? refusal.ToProblem("No evidence pack for this item")
            : DocumentEndpoints.Render(pdf.Value, () => EvidencePackPdf.Render(pack!, t, calendar.Zone), $"evidence-{id}.pdf");
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> SetClaimDays(long id, ClaimDaysRequest request, ClaimDays days, HttpContext http) =>
        await days.SetAsync(http.User.ToActor(), id, request.Days, http.RequestAborted) is { } refusal ? refusal.ToProblem() : TypedResults.NoContent();
}
