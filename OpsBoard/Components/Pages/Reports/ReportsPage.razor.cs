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
    private DateOnly _today;
    private DateOnly _day;

    [Inject]
    public required BusinessCalendar Calendar { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    [Inject]
    public required IStringLocalizer<DocumentText> T { get; init; }

    private string DownloadUrl => $"/api/v1/reports/daily?date={Iso(_day)}";

    private string FileName => $"daily-report-{Iso(_day)}.pdf";

    protected override void OnInitialized()
    {
        _today = BoardRules.LocalDay(Calendar.Zone, Clock.GetUtcNow());
        _day = _today;
    }

    private void OnDayChanged(ChangeEventArgs e)
    {
        if (DateOnly.TryParseExact(e.Value as string, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day <= _today)
        {
            _day = day;
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
