using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Api;
using OpsBoard.Auth;
using OpsBoard.Domain.Sla;
using OpsBoard.Onboarding;

namespace OpsBoard.Documents.ControlSheets;

public static class ControlSheetEndpoints
{
    public static RouteGroupBuilder MapControlSheets(this RouteGroupBuilder api)
    {
        api.MapGet("/onboarding/{id:long}/control-sheet.pdf", ControlSheetPdfOf).WithTags("Documents").WithName("ControlSheetPdf")
            .WithSummary("A dossier's control sheet as a PDF for the archive.").Pdf().Refusals(404, 409);
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ControlSheetPdfOf(long id, HttpContext http, ControlSheetQuery query,
        IStringLocalizer<DocumentText> t, IStringLocalizer<OnboardingText> words, IOptions<PdfOptions> pdf, BusinessCalendar calendar)
    {
        var (sheet, refusal) = await query.LoadAsync(id, http.User.ToActor(), http.RequestAborted);
        return refusal is not null
            ? refusal.ToProblem("No control sheet for this item")
            : DocumentEndpoints.Render(pdf.Value, () => ControlSheetPdf.Render(sheet!, t, words, calendar.Zone), $"control-sheet-{id}.pdf");
    }
}
