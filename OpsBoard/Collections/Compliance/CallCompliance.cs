using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Data;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows.Collections;

namespace OpsBoard.Collections.Compliance;

/// <summary>
/// Reads the rule for one case: the debtor's zone, the calls the debtor already had that local day (across the
/// debtor's cases when the case belongs to a known client) and the text that says why and until when.
/// </summary>
public sealed class CallCompliance(IOptions<ComplianceOptions> options, BusinessCalendar calendar)
{
    public bool Enabled => options.Value.Enabled;

    public async Task<CallCheck> CheckAsync(OpsBoardDbContext db, WorkItem item, DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.Value;
        var zone = DebtorZone.Of(item, calendar.Zone);
        if (!settings.Enabled)
        {
            return new CallCheck(true, null, null, null, 0, null, zone.Id);
        }
        var attempts = await AttemptsTodayAsync(db, item, zone, now, ct);
        var (reason, next) = new CallWindow(settings).Check(now, zone, attempts);
        return new CallCheck(reason is null, reason, reason is null ? null : Describe(reason, settings, zone, attempts, next!.Value),
            next, attempts, settings.MaxAttemptsPerDay, zone.Id);
    }

    private static async Task<int> AttemptsTodayAsync(OpsBoardDbContext db, WorkItem item, TimeZoneInfo zone, DateTimeOffset now, CancellationToken ct)
    {
        var since = CallWindow.DayStart(zone, CallWindow.LocalDay(zone, now));
        var clientId = item.ClientId;
        var cases = clientId is null
            ? [item.Id]
            : await db.Items.AsNoTracking().Where(i => i.Type == CollectionWorkflow.Type && i.ClientId == clientId).Select(i => i.Id).ToListAsync(ct);
        const string call = nameof(CollectionTrigger.LogCall);
        return await db.History.AsNoTracking().CountAsync(h => cases.Contains(h.ItemId) && h.Trigger == call && h.At >= since, ct);
    }

    private string Describe(string reason, ComplianceOptions settings, TimeZoneInfo zone, int attempts, DateTimeOffset next)
    {
        var culture = CultureInfo.CurrentCulture;
        var from = TimeZoneInfo.ConvertTime(next, calendar.Zone).DateTime.ToString("g", culture);
        if (reason == CallCheck.AttemptsExceeded)
        {
            return RuleText.Format(reason, attempts, settings.MaxAttemptsPerDay ?? 0, from);
        }
        return RuleText.Format(reason, settings.CallsFrom.ToString("t", culture), settings.CallsUntil.ToString("t", culture), Days(settings, culture), zone.Id, from);
    }

    /// <summary>The calling days as a reader says them: a run of three or more, Monday first, as "Mon–Sat".</summary>
    private static string Days(ComplianceOptions settings, CultureInfo culture)
    {
        DayOfWeek[] week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];
        var days = week.Where(settings.IsCallDay).ToList();
        if (days.Count == week.Length)
        {
            return RuleText.Get("CallEveryDay");
        }
        var first = Array.IndexOf(week, days[0]);
        var run = days.Count >= 3 && days.Select((d, n) => Array.IndexOf(week, d) == first + n).All(b => b);
        var names = culture.DateTimeFormat;
        return run
            ? $"{names.GetAbbreviatedDayName(days[0])}–{names.GetAbbreviatedDayName(days[^1])}"
            : string.Join(", ", days.Select(names.GetAbbreviatedDayName));
    }
}
