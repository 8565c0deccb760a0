using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Api;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Documents.ContractsControl;

public static class ContractsControlEndpoints
{
    public static RouteGroupBuilder MapContractsControl(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/contracts", Control).WithTags("Documents").WithName("ContractsControl")
            .WithSummary("The day's contracts and SWIFT control as a PDF: contracts issued, signed, missing, settlements without a SWIFT reference.")
            .Pdf().Refusals(400).RequireAuthorization(p => p.RequireRole(Roles.Lead, Roles.Manager, Roles.Admin));
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Control(string? date, ContractsControlQuery query,
        IStringLocalizer<DocumentText> t, IOptions<PdfOptions> pdf, BusinessCalendar calendar, CancellationToken ct)
    {
        var today = query.Today;
        var day = today;
        if (!string.IsNullOrWhiteSpace(date) && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return DocumentEndpoints.Invalid("date", ApiText.Format("DateMalformed", date));
        }
        if (day > today)
        {
            return DocumentEndpoints.Invalid("date", ApiText.Format("DateInFuture", Iso(day), Iso(today)));
        }
        var data = await query.LoadAsync(day, ct);
        return DocumentEndpoints.Render(pdf.Value, () => ContractsControlPdf.Render(data, t, calendar.Zone), $"contracts-control-{Iso(day)}.pdf");
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
