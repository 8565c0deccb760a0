using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Domain.Sla;
using OpsBoard.Onboarding;

namespace OpsBoard.Documents.ControlSheets;

public static class ControlSheetEndpoints
{
    public static RouteGroupBuilder MapControlSheets(this RouteGroupBuilder api)
    {
        api.MapGet("/onboarding/{id:long}/control-sheet.pdf", async (long id, ControlSheetQuery query, IStringLocalizer<DocumentText> t,
            IStringLocalizer<OnboardingText> words, IOptions<PdfOptions> pdf, BusinessCalendar calendar, CancellationToken ct) =>
        {
            var (sheet, refusal) = await query.LoadAsync(id, ct);
            return refusal is not null
                ? refusal.ToProblem("No control sheet for this item")
                : DocumentEndpoints.Render(pdf.Value, () => ControlSheetPdf.Render(sheet!, t, words, calendar.Zone),
                    $"control-sheet-{id}.pdf");
        });
        return api;
    }
}
