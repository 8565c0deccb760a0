using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Api;
using OpsBoard.Documents.Contracts;
using OpsBoard.Documents.ControlSheets;
using OpsBoard.Documents.ContractsControl;
using OpsBoard.Documents.DailyReport;
using OpsBoard.Documents.Layout;
using OpsBoard.Documents.Protocols;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Documents;

/// <summary>The PDFs, each in the language of the request (the culture cookie, else the browser's).</summary>
public static class DocumentEndpoints
{
    public const string PdfType = "application/pdf";

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/daily", DailyReport).WithTags("Documents").WithName("DailyReport")
            .WithSummary("The manager's daily report as a PDF, for today or a past day.").Pdf().Refusals(400)
            .RequireAuthorization(p => p.RequireRole(Roles.Lead, Roles.Manager, Roles.Admin));
        return api.MapProtocols().MapContracts().MapControlSheets().MapContractsControl().MapReports();
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DailyReport(string? date, DailyReportQuery query,
        IStringLocalizer<DocumentText> t, IStringLocalizer<WorkflowText> words, IOptions<PdfOptions> pdf, BusinessCalendar calendar, CancellationToken ct)
    {
        var today = query.Today;
        DateOnly day;
        if (string.IsNullOrWhiteSpace(date))
        {
            day = today;
        }
        else if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return Invalid("date", ApiText.Format("DateMalformed", date));
        }
        if (day > today)
        {
            return Invalid("date", ApiText.Format("DateInFuture", Iso(day), Iso(today)));
        }
        var data = await query.LoadAsync(day, ct);
        return Render(pdf.Value, () => DailyReportPdf.Render(data, t, words, calendar.Zone), $"daily-report-{day:yyyy-MM-dd}.pdf");
    }

    /// <summary>Declares a PDF answer, and the 503 of a machine without the fonts.</summary>
    public static RouteHandlerBuilder Pdf(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status200OK, typeof(Stream), PdfType).Refusals(StatusCodes.Status503ServiceUnavailable);

    /// <summary>Renders a document, or says plainly why this machine cannot (e.g. its fonts are missing).</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> Render(PdfOptions options, Func<byte[]> render, string fileName)
    {
        try
        {
            PdfSetup.Apply(options);
            return TypedResults.File(render(), PdfType, fileName);
        }
        catch (FontsMissingException e)
        {
            return Problems.Problem(StatusCodes.Status503ServiceUnavailable, "PDF fonts missing", e.Message);
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ProblemHttpResult Invalid(string field, string message) =>
        Problems.Invalid(new Dictionary<string, string[]> { [field] = [message] }, message);
}
