namespace OpsBoard.Documents.DailyMail;

/// <summary>Settings under <c>OpsBoard:Reports:DailyMail</c>: who gets the daily report, and when, each business day.</summary>
public sealed class DailyMailOptions
{
    public bool Enabled { get; set; }

    public string[] Recipients { get; set; } = [];

    /// <summary>The time of day, in the team's time zone, from which the day's report is mailed.</summary>
    public TimeOnly At { get; set; } = new(18, 0);

    /// <summary>The language of the report and its mail (en, pt-BR, es, ru).</summary>
    public string Culture { get; set; } = "pt-BR";

    /// <summary>How often the scheduler looks whether the day's mail is due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    public IReadOnlyList<string> To => [.. Recipients.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
