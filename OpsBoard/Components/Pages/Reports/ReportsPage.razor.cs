using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Board;
using OpsBoard.Documents;
using OpsBoard.Documents.DailyMail;
using OpsBoard.Documents.WeeklyReport;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Components.Pages.Reports;

/// <summary>Where leads and managers download the daily, weekly and pending-with-the-broker reports, and see when the daily one was last mailed.</summary>
public sealed partial class ReportsPage
{
    private DateTime _today;
    private DateTime? _day;
    private DateTime? _weekDay;
    private DailyMailState? _lastMail;

    [Inject]
    public required BusinessCalendar Calendar { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    [Inject]
    public required IStringLocalizer<DocumentText> T { get; init; }

    [Inject]
    public required DailyMailStatus Mail { get; init; }

    [Inject]
    public required BusinessTime Time { get; init; }

    private DateOnly Day => DateOnly.FromDateTime(_day ?? _today);

    private string DownloadUrl => $"/api/v1/reports/daily?date={Iso(Day)}";

    private string FileName => $"daily-report-{Iso(Day)}.pdf";

    /// <summary>The Monday of the picked day's week: any day of a week names the week.</summary>
    private DateOnly Monday => ReportWeek.MondayOf(DateOnly.FromDateTime(_weekDay ?? _today));

    private string WeekName => ReportWeek.Name(Monday);

    private string WeeklyUrl => $"/api/v1/reports/weekly?from={Iso(Monday)}";

    private string WeeklyFileName => $"weekly-report-{WeekName}.pdf";

    protected override async Task OnInitializedAsync()
    {
        // Today in the business time zone: late evening in São Paulo is already tomorrow in UTC.
        _today = BoardRules.LocalDay(Calendar.Zone, Clock.GetUtcNow()).ToDateTime(TimeOnly.MinValue);
        _day = _today;
        // The last full week is the one reported to the company.
        _weekDay = _today.AddDays(-7);
        _lastMail = await Mail.LastAsync();
    }

    private void OnWeekDayChanged(DateTime? day)
    {
        if (day is { } picked && picked.Date <= _today)
        {
            _weekDay = picked.Date;
        }
    }

    // A typed day after today, or one that is no date at all, leaves the last good day in place.
    private void OnDayChanged(DateTime? day)
    {
        if (day is { } picked && picked.Date <= _today)
        {
            _day = picked.Date;
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
