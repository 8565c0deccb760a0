using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Api;
using OpsBoard.Documents.BrokerPending;
using OpsBoard.Documents.WeeklyReport;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Documents;

/// <summary>The reports to the company beside the daily one: the week compared with the week before, and what waits with the broker.</summary>
public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReports(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/weekly", Weekly).WithTags("Documents").WithName("WeeklyReport")
            .WithSummary("The weekly report as a PDF: ?week=YYYY-Www or ?from=YYYY-MM-DD (a Monday); none gives the last full week.")
            .Pdf().Refusals(400).RequireAuthorization(p => p.RequireRole(Roles.Lead, Roles.Manager, Roles.Admin));
        api.MapGet("/reports/broker-pending", BrokerPending).WithTags("Documents").WithName("BrokerPendingReport")
            .WithSummary("What waits with the broker (operations at the broker or returned, stories at the broker, protocols not signed back) by age in business days, as a PDF.")
            .Pdf().RequireAuthorization(p => p.RequireRole(Roles.Lead, Roles.Manager, Roles.Admin));
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Weekly(string? week, string? from, WeeklyReportQuery query,
        IStringLocalizer<DocumentText> t, IOptions<PdfOptions> pdf, BusinessCalendar calendar, CancellationToken ct)
    {
        var (monday, error) = ReportWeek.Parse(week, from, query.Today);
        if (error is not null)
        {
            return DocumentEndpoints.Invalid(string.IsNullOrWhiteSpace(week) ? "from" : "week", error);
        }
        var data = await query.LoadAsync(monday, ct);
        return DocumentEndpoints.Render(pdf.Value, () => WeeklyReportPdf.Render(data, t, calendar.Zone), $"weekly-report-{ReportWeek.Name(monday)}.pdf");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> BrokerPending(BrokerPendingQuery query, IStringLocalizer<DocumentText> t,
        IStringLocalizer<WorkflowText> words, IOptions<PdfOptions> pdf, BusinessCalendar calendar, CancellationToken ct)
    {
        var data = await query.LoadAsync(ct);
        return DocumentEndpoints.Render(pdf.Value, () => BrokerPendingPdf.Render(data, t, words, calendar.Zone), $"broker-pending-{data.Today:yyyy-MM-dd}.pdf");
    }
}
