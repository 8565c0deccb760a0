namespace OpsBoard.Documents.DailyReport;

/// <summary>A period's replayed item timelines, from <see cref="Start"/> to <see cref="Moment"/> (the period's end, or now), and the items open then.</summary>
public sealed record PeriodHistory(DateTimeOffset Start, DateTimeOffset Moment, IReadOnlyDictionary<long, ItemTimeline> Timelines,
    IReadOnlySet<long> OpenIds);
