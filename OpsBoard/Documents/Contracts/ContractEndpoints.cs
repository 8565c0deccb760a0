using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Documents.Contracts;

public static class ContractEndpoints
{
    public static RouteGroupBuilder MapContracts(this RouteGroupBuilder api)
    {
        api.MapGet("/items/{id:long}/contract.pdf", Contract).WithTags("Documents").WithName("FxContract")
            .WithSummary("The FX contract of a closed operation of USD 100,000 or more, as a PDF; its number is issued once.").Pdf().Refusals(404, 409);
        api.MapGet("/fx/contracts/pending", (HttpContext http, PendingContracts pending) => pending.ListAsync(http.User.ToActor(), http.RequestAborted))
            .WithTags("FX").WithName("PendingContracts")
            .WithSummary("Operations of USD 100,000 or more, closed or at the broker, whose signed contract is not on file yet, oldest first.");
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Contract(long id, FxContractQuery query, IStringLocalizer<DocumentText> t,
        IOptions<PdfOptions> pdf, BusinessCalendar calendar, CancellationToken ct)
    {
        var (contract, refusal) = await query.LoadAsync(id, ct);
        return refusal is not null
            ? refusal.ToProblem("No contract for this item")
            : DocumentEndpoints.Render(pdf.Value, () => FxContractPdf.Render(contract!, t, calendar.Zone), $"contract-{id}.pdf");
    }
}
