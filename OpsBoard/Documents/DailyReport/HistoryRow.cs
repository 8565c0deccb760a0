namespace OpsBoard.Documents.DailyReport;

/// <summary>The columns of a history row the report reads.</summary>
public sealed record HistoryRow(long Id, long ItemId, string ItemType, DateTimeOffset At, string Actor, string Trigger,
    string FromState, string ToState, string ChangesJson);
