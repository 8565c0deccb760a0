using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Documents.Contracts;

public static class ContractEndpoints
{
    public static RouteGroupBuilder MapContracts(this RouteGroupBuilder api)
    {
        api.MapGet("/items/{id:long}/contract.pdf", async (long id, FxContractQuery query, IStringLocalizer<DocumentText> t,
            IOptions<PdfOptions> pdf, BusinessCalendar calendar, CancellationToken ct) =>
        {
            var (contract, refusal) = await query.LoadAsync(id, ct);
            return refusal is not null
                ? refusal.ToProblem("No contract for this item")
                : DocumentEndpoints.Render(pdf.Value, () => FxContractPdf.Render(contract!, t, calendar.Zone),
                    $"contract-{id}.pdf");
        });
        return api;
    }
}
