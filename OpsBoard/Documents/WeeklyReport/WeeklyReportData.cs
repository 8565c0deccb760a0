using OpsBoard.Documents.DailyReport;

namespace OpsBoard.Documents.WeeklyReport;

/// <summary>One day of a week: what came in, was finished, was moved, and left a state late.</summary>
public sealed record DayFlow(DateOnly Day, int Created, int Finished, int Moved, int Late);

/// <summary>An item whose clock ran out in the week, with its longest overrun in business time.</summary>
public sealed record LateItem(long Id, string Type, string Title, TimeSpan LateBy);

/// <summary>A week's figures, counted with the daily report's rules day by day and over the whole week.</summary>
public sealed record WeekFigures(DateOnly Monday, IReadOnlyList<DayFlow> Days, IReadOnlyList<WorkflowDay> Workflows,
    IReadOnlyList<LateItem> TopLate, int LateItemCount)
{
    public int Created => Days.Sum(d => d.Created);

    public int Finished => Days.Sum(d => d.Finished);

    public int Moved => Days.Sum(d => d.Moved);

    public int Late => Days.Sum(d => d.Late);

    public double? Compliance
    {
        get
        {
            var finished = Workflows.Sum(w => w.Finished);
            return finished == 0 ? null : (double)Workflows.Sum(w => w.FinishedWithinSla) / finished;
        }
    }
}

/// <summary>The weekly report to the company: the week and the week before it, side by side.</summary>
public sealed record WeeklyReportData(WeekFigures Current, WeekFigures Previous, DateTimeOffset Moment)
{
    /// <summary>The week's business time per workflow with the desk, the client and the broker, and the broker's late count.</summary>
    public IReadOnlyList<Turns.WorkflowParties> ByParty { get; init; } = [];
}
