using Microsoft.EntityFrameworkCore;
using OpsBoard.Clients;
using OpsBoard.Data;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Live;

namespace OpsBoard.Board;

/// <summary>
/// The board's counters, kept in memory from committed changes instead of recounting the table:
/// open items with their clocks, and today's done and transition counts. Loaded once at start.
/// </summary>
public sealed class BoardProjection(WorkflowCatalog workflows, QueueCatalog queues, BusinessCalendar calendar, TimeProvider clock,
    TierBook? tiers = null)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, OpenItem> _open = [];
    private readonly TimeZoneInfo _zone = calendar.Zone;
    private readonly Dictionary<string, int> _queueIndex = queues.All.Select((q, n) => (q.Key, n)).ToDictionary(q => q.Key, q => q.n, StringComparer.Ordinal);
    private DayCounters _today = new(DateOnly.MinValue);
    private long _sequence;

    public long Sequence => Interlocked.Read(ref _sequence);

    public async Task LoadAsync(OpsBoardDbContext db, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var day = LocalDay(now);
        var dayStart = BoardRules.DayStart(_zone, day);
        var open = await db.Items.AsNoTracking().Where(i => i.DoneAt == null)
            .Select(i => new { i.Id, i.Type, i.State, i.QueueKey, i.Assignee, i.SlaWarnAt, i.SlaDueAt, i.ClientId }).ToListAsync(ct);
        var history = await db.History.AsNoTracking().Where(h => h.At >= dayStart)
            .Select(h => new { h.ItemType, h.Actor, h.Trigger, h.FromState, h.ToState }).ToListAsync(ct);
        lock (_lock)
        {
            _open.Clear();
            foreach (var i in open)
            {
                _open[i.Id] = new OpenItem(i.Type, i.State, QueueIndex(i.QueueKey), i.Assignee, i.SlaWarnAt, i.SlaDueAt, i.ClientId);
            }
            _today = new DayCounters(day);
            foreach (var h in history)
            {
                Count(h.ItemType, h.Actor, h.Trigger, h.FromState, h.ToState);
            }
            _sequence++;
        }
    }

    public void Apply(ItemChanged change)
    {
        lock (_lock)
        {
            if (change.IsDone)
            {
                _open.Remove(change.ItemId);
            }
            else
            {
                _open[change.ItemId] = new OpenItem(change.Type, change.ToState, QueueIndex(change.ToQueue), change.Assignee, change.SlaWarnAt, change.SlaDueAt, change.ClientId);
            }
            var day = LocalDay(change.At);
            if (day > _today.Day)
            {
                _today = new DayCounters(day);
            }
            if (day == _today.Day)
            {
                Count(change.Type, change.Actor, change.Trigger, change.FromState, change.ToState);
            }
            _sequence++;
        }
    }

    public BoardView Snapshot()
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (LocalDay(now) > _today.Day)
            {
                _today = new DayCounters(LocalDay(now));
            }
            // One pass over the open items, counting into one slot per queue: every screen reads the board, and writers wait for this lock.
            var count = queues.All.Count;
            int[] open = new int[count], unassigned = new int[count], nearBreach = new int[count], breached = new int[count], priority = new int[count];
            int allNearBreach = 0, allBreached = 0;
            foreach (var item in _open.Values)
            {
                var status = SlaWindow.StatusOf(item.WarnAt, item.DueAt, now);
                var near = status == SlaStatus.NearBreach ? 1 : 0;
                var late = status == SlaStatus.Breached ? 1 : 0;
                (allNearBreach, allBreached) = (allNearBreach + near, allBreached + late);
                if (item.Queue is var q and >= 0)
                {
                    open[q]++;
                    unassigned[q] += item.Assignee is null ? 1 : 0;
                    nearBreach[q] += near;
                    breached[q] += late;
                    priority[q] += tiers?.IsPriority(item.ClientId) is true ? 1 : 0;
                }
            }
            var tiles = queues.All.Select((q, n) => new QueueTile(q.Key, q.Name, q.WorkflowType, open[n], unassigned[n], nearBreach[n], breached[n],
                _today.DoneByQueue.GetValueOrDefault(q.Key)) { Priority = priority[n] }).ToList();
            var states = _open.Values.GroupBy(o => (o.Type, o.State)).OrderBy(g => g.Key.Type).ThenBy(g => g.Key.State)
                .Select(g => new StateCount(g.Key.Type, g.Key.State, g.Count())).ToList();
            var agents = _today.TransitionsByAgent.Keys.Union(_today.DoneByAgent.Keys).Order()
                .Select(a => new AgentToday(a, _today.TransitionsByAgent.GetValueOrDefault(a), _today.DoneByAgent.GetValueOrDefault(a))).ToList();
            return new BoardView(now, _sequence, _open.Count, allNearBreach, allBreached, tiles, states,
                workflows.All.ToDictionary(w => w.Type, w => _today.DoneByWorkflow.GetValueOrDefault(w.Type)), agents);
        }
    }

    private void Count(string type, string actor, string trigger, string fromState, string toState)
    {
        if (!BoardRules.IsCountedMove(trigger, actor))
        {
            return;
        }
        _today.TransitionsByAgent[actor] = _today.TransitionsByAgent.GetValueOrDefault(actor) + 1;
        if (!BoardRules.Finishes(workflows.Find(type), trigger, actor, fromState, toState))
        {
            return;
        }
        _today.DoneByWorkflow[type] = _today.DoneByWorkflow.GetValueOrDefault(type) + 1;
        _today.DoneByAgent[actor] = _today.DoneByAgent.GetValueOrDefault(actor) + 1;
        if (queues.For(type, fromState) is { } queue)
        {
            _today.DoneByQueue[queue.Key] = _today.DoneByQueue.GetValueOrDefault(queue.Key) + 1;
        }
    }

    private DateOnly LocalDay(DateTimeOffset at) => BoardRules.LocalDay(_zone, at);

    /// <summary>The queue's slot in the catalog's order; -1 for an item in no queue.</summary>
    private int QueueIndex(string? queue) => queue is not null && _queueIndex.TryGetValue(queue, out var n) ? n : -1;

    private sealed record OpenItem(string Type, string State, int Queue, string? Assignee, DateTimeOffset? WarnAt, DateTimeOffset? DueAt, long? ClientId);

    private sealed class DayCounters(DateOnly day)
    {
        public DateOnly Day { get; } = day;

        public Dictionary<string, int> DoneByWorkflow { get; } = [];

        public Dictionary<string, int> DoneByAgent { get; } = [];

        public Dictionary<string, int> DoneByQueue { get; } = [];

        public Dictionary<string, int> TransitionsByAgent { get; } = [];
    }
}
