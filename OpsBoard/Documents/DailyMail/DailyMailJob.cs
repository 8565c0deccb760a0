using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Data;
using OpsBoard.Documents.DailyReport;
using OpsBoard.Documents.Layout;
using OpsBoard.Domain.Sla;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Documents.DailyMail;

/// <summary>
/// Queues the day's report in the mail outbox once the configured time has passed on a business
/// day, at most once per day across nodes and restarts; the outbox's sender delivers and retries it.
/// </summary>
public sealed class DailyMailJob(IServiceScopeFactory scopes, IOptions<DailyMailOptions> options, IOptions<PdfOptions> pdf,
    BusinessCalendar calendar, WriteGate gate, TimeProvider clock, ILogger<DailyMailJob> logger)
{
    /// <summary>The day whose report this pass queued; null when none was due or another node or pass had it already.</summary>
    public async Task<DateOnly?> RunAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, calendar.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        // Only today's report: after a restart past the time it is caught up, earlier days are not.
        if (!o.Enabled || o.To.Count == 0 || !calendar.IsWorkingDay(day) || TimeOnly.FromDateTime(local.DateTime) < o.At)
        {
            return null;
        }
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        if (await db.Set<DailyMailClaim>().AnyAsync(c => c.Day == day, ct))
        {
            return null;
        }
        var culture = CultureInfo.GetCultureInfo(o.Culture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        var data = await scope.ServiceProvider.GetRequiredService<DailyReportQuery>().LoadAsync(day, ct);
        var t = scope.ServiceProvider.GetRequiredService<IStringLocalizer<DocumentText>>();
        byte[] report;
        try
        {
            PdfSetup.Apply(pdf.Value);
            report = DailyReportPdf.Render(data, t, scope.ServiceProvider.GetRequiredService<IStringLocalizer<WorkflowText>>(), calendar.Zone);
        }
        catch (FontsMissingException e)
        {
            logger.LogWarning("The daily report of {Day} could not be drawn, so it is not mailed: {Reason}", day, e.Message);
            return null;
        }
        var dayText = day.ToString("d", culture);
        var subject = t["DailyMailSubject", dayText].Value;
        var body = t["DailyMailBody", dayText, BusinessTime.Format(data.Moment, calendar.Zone, "g", culture)].Value;
        db.Add(DailyMailClaim.For(day, o.To, now));
        foreach (var to in o.To)
        {
            db.MailOutbox.Add(OutboxMail.Create(to, subject, body, now).Attach(FileName(day), report));
        }
        try
        {
            // One SaveChanges is one transaction: the day's claim and its mail are written together or not at all.
            using (await gate.EnterAsync(ct))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 } or Npgsql.PostgresException { SqlState: "23505" })
        {
            logger.LogInformation("The daily report of {Day} was queued by another node", day);
            return null;
        }
        logger.LogInformation("The daily report of {Day} queued for {Count} recipients", day, o.To.Count);
        return day;
    }

    public static string FileName(DateOnly day) => $"daily-report-{day:yyyy-MM-dd}.pdf";
}
