using OpsBoard.Data;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Documents.DailyReport;

/// <summary>
/// Replays one item's history in order, restarting its SLA clock the way the write path does, so
/// the report knows which moves left a state late and where the item stands at the report's moment.
/// </summary>
public sealed class ItemTimeline
{
    private ItemTimeline(IReadOnlyList<HistoryRow> rows) => Rows = rows;

    public IReadOnlyList<HistoryRow> Rows { get; }

    public Dictionary<string, object?> Fields { get; } = [];

    /// <summary>Ids of the rows that left a state at or after its due time.</summary>
    public HashSet<long> LateRows { get; } = [];

    /// <summary>When the clock each late row left had run out, by row id: how late the move was.</summary>
    public Dictionary<long, DateTimeOffset> DueOfLateRows { get; } = [];

    public SlaWindow? Window { get; private set; }

    /// <summary>The states the item entered, in order: whose turn it was, and when.</summary>
    public List<StateEntry> Entries { get; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public HistoryRow Last => Rows[^1];

    public static ItemTimeline Replay(IReadOnlyList<HistoryRow> rows, IWorkflow workflow, SlaTimer sla)
    {
        var timeline = new ItemTimeline(rows);
        foreach (var row in rows)
        {
            timeline.Apply(row, workflow, sla);
        }
        return timeline;
    }

    /// <summary>Whether any clock of this item ran out up to and including the given row.</summary>
    public bool MissedAnyUntil(long rowId) => LateRows.Any(id => id <= rowId);

    private void Apply(HistoryRow row, IWorkflow workflow, SlaTimer sla)
    {
        if (ItemTriggers.LeavesWorkAsIs(row.Trigger))
        {
            // Taking or assigning an item, or a file or contact beside it, leaves its clock as it was.
            return;
        }
        if (row.Trigger == ItemTriggers.Create)
        {
            CreatedAt = row.At;
        }
        else if (Window is not null && row.At >= Window.DueAt)
        {
            LateRows.Add(row.Id);
            DueOfLateRows[row.Id] = Window.DueAt;
        }
        if (row.ChangesJson != "{}")
        {
            foreach (var (name, value) in FieldsJson.Read(row.ChangesJson))
            {
                Fields[name] = value;
            }
        }
        Entries.Add(new StateEntry(row.ToState, row.At));
        Window = sla.Window(workflow, Entries, Fields);
    }
}
