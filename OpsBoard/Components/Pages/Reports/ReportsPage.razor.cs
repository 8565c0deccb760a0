using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Board;
using OpsBoard.Documents;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Components.Pages.Reports;

/// <summary>Where leads and managers pick a day and download its report as a PDF.</summary>
public sealed partial class ReportsPage
{
    private DateTime _today;
    private DateTime? _day;

    [Inject]
    public required BusinessCalendar Calendar { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    [Inject]
    public required IStringLocalizer<DocumentText> T { get; init; }

    private DateOnly Day => DateOnly.FromDateTime(_day ?? _today);

    private string DownloadUrl => $"/api/v1/reports/daily?date={Iso(Day)}";

    private string FileName => $"daily-report-{Iso(Day)}.pdf";

    protected override void OnInitialized()
    {
        // Today in the business time zone: late evening in São Paulo is already tomorrow in UTC.
        _today = BoardRules.LocalDay(Calendar.Zone, Clock.GetUtcNow()).ToDateTime(TimeOnly.MinValue);
        _day = _today;
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
