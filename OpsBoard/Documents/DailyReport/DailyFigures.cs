using OpsBoard.Board;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Domain.Workflows.Operations;

namespace OpsBoard.Documents.DailyReport;

/// <summary>The report's figures from replayed item timelines, counted with the wallboard's rules (<see cref="BoardRules"/>).</summary>
/// <remarks>Counts rows in [start, moment): a day for the daily report, each day and the whole week for the weekly one.</remarks>
public sealed class DailyFigures(WorkflowCatalog workflows, TimeZoneInfo zone, DateOnly day, DateTimeOffset start, DateTimeOffset moment)
{
    public const int OldestCount = 10;
    private const string Settled = "Settled";
    private const string Resolve = "Resolve";

    public DailyReportData Compute(IReadOnlyDictionary<long, ItemTimeline> timelines, IReadOnlySet<long> openIds,
        IReadOnlyDictionary<long, string> titles)
    {
        var created = new Dictionary<string, int>();
        var finished = new Dictionary<string, int>();
        var withinSla = new Dictionary<string, int>();
        var late = new Dictionary<string, int>();
        var settled = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var settledUsd = 0m;
        var moves = new Dictionary<string, int>();
        var doneBy = new Dictionary<string, int>();
        var inHands = new Dictionary<string, List<TimeSpan>>();
        var byHour = new int[24];
        var rootCauses = new Dictionary<string, int>();
        var parties = new Dictionary<string, int>();

        foreach (var timeline in timelines.Values)
        {
            var workflow = workflows.Get(timeline.Last.ItemType);
            HistoryRow? previous = null;
            foreach (var row in timeline.Rows)
            {
                if (row.At >= start && row.At < moment)
                {
                    Count(row, previous);
                }
                previous = row;
            }

            void Count(HistoryRow row, HistoryRow? previous)
            {
                var type = row.ItemType;
                if (row.Trigger == Items.ItemTriggers.Create)
                {
                    Add(created, type);
                }
                if (timeline.LateRows.Contains(row.Id))
                {
                    Add(late, type);
                }
                if (!BoardRules.IsCountedMove(row.Trigger, row.Actor))
                {
                    return;
                }
                Add(moves, row.Actor);
                byHour[TimeZoneInfo.ConvertTime(row.At, zone).Hour]++;
                if (previous is not null)
                {
                    (inHands.TryGetValue(row.Actor, out var list) ? list : inHands[row.Actor] = []).Add(row.At - previous.At);
                }
                if (type == ClaimWorkflow.Type && row.Trigger == Resolve)
                {
                    var changes = Data.FieldsJson.Read(row.ChangesJson);
                    Add(rootCauses, changes.Text("rootCause")?.Trim() ?? "-");
                    Add(parties, changes.Text("responsibleParty")?.Trim() ?? "-");
                }
                if (!BoardRules.Finishes(workflow, row.Trigger, row.Actor, row.FromState, row.ToState))
                {
                    return;
                }
                Add(finished, type);
                Add(doneBy, row.Actor);
                if (!timeline.MissedAnyUntil(row.Id))
                {
                    Add(withinSla, type);
                }
                if (type == OperationWorkflow.Type && row.ToState == Settled && timeline.Fields.GetValueOrDefault("amount") is decimal amount)
                {
                    var currency = timeline.Fields.Text("currency") ?? DailyReportData.ReportingCurrency;
                    settled[currency] = FieldLimits.AddCapped(settled.GetValueOrDefault(currency), amount);
                    // In USD at the rate the operation closed at, as every rule in USD reads it.
                    var usdRate = currency == DailyReportData.ReportingCurrency ? 1m : timeline.Fields.GetValueOrDefault("usdRate") as decimal?;
                    settledUsd = FieldLimits.AddCapped(settledUsd, Times(amount, usdRate ?? 0m));
                }
            }
        }

        var open = timelines.Where(t => openIds.Contains(t.Key)).ToList();
        var statuses = open.Select(t => t.Value.Window is { } w ? w.StatusAt(moment) : SlaStatus.None).ToList();
        return new DailyReportData(day, moment,
            workflows.All.Select(w => new WorkflowDay(w.Type, created.GetValueOrDefault(w.Type), finished.GetValueOrDefault(w.Type),
                withinSla.GetValueOrDefault(w.Type), late.GetValueOrDefault(w.Type))).ToList(),
            settled,
            open.Count,
            statuses.Count(s => s == SlaStatus.NearBreach),
            statuses.Count(s => s == SlaStatus.Breached),
            open.GroupBy(t => (t.Value.Last.ItemType, t.Value.Last.ToState)).OrderBy(g => g.Key.ItemType, StringComparer.Ordinal)
                .ThenBy(g => g.Key.ToState, StringComparer.Ordinal)
                .Select(g => new StateCount(g.Key.ItemType, g.Key.ToState, g.Count())).ToList(),
            open.OrderBy(t => t.Value.CreatedAt).ThenBy(t => t.Key).Take(OldestCount)
                .Select(t => new OpenItemRow(t.Key, t.Value.Last.ItemType, titles.GetValueOrDefault(t.Key, string.Empty), t.Value.Last.ToState,
                    t.Value.CreatedAt)).ToList(),
            moves.Keys.Union(doneBy.Keys).Order(StringComparer.Ordinal)
                .Select(a => new AgentDay(a, moves.GetValueOrDefault(a), doneBy.GetValueOrDefault(a), Median(inHands.GetValueOrDefault(a)))).ToList(),
            byHour,
            Ranked(rootCauses),
            Ranked(parties))
        { SettledUsd = settledUsd };
    }

    /// <summary>A product that stays within decimal's range, as the report's sums do.</summary>
    private static decimal Times(decimal amount, decimal rate) => rate > 1m && amount > decimal.MaxValue / rate ? decimal.MaxValue : amount * rate;

    private static void Add(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static IReadOnlyList<CountRow> Ranked(Dictionary<string, int> counts) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new CountRow(c.Key, c.Value)).ToList();

    private static TimeSpan? Median(List<TimeSpan>? spans)
    {
        if (spans is null || spans.Count == 0)
        {
            return null;
        }
        var sorted = spans.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
