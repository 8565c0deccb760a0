using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Live;

namespace OpsBoard.Collections;

/// <summary>
/// The desk's counters, kept from committed changes like the board's: today's calls per agent,
/// open promises and agreements with their dates, and what payments brought in today and this month.
/// </summary>
public sealed class DeskProjection(IOptions<CollectionsOptions> options, BusinessCalendar calendar, TimeProvider clock,
    Goals.DeskGoalBook? goals = null)
{
    private const string LogCall = nameof(CollectionTrigger.LogCall);
    private readonly Lock _lock = new();
    private readonly TimeZoneInfo _zone = calendar.Zone;
    private readonly Dictionary<long, (DateOnly? Date, decimal Amount)> _promises = [];
    private readonly Dictionary<long, DateOnly?> _installments = [];
    private Counters _counters = new(DateOnly.MinValue);

    public TimeZoneInfo Zone => _zone;

    public async Task LoadAsync(OpsBoardDbContext db, CancellationToken ct = default)
    {
        var today = LocalDay(clock.GetUtcNow());
        var monthStart = Start(new DateOnly(today.Year, today.Month, 1));
        var rows = await db.History.AsNoTracking()
            .Where(h => h.ItemType == CollectionWorkflow.Type && h.At >= monthStart && (h.Trigger == LogCall || Recovery.Triggers.Contains(h.Trigger)))
            .Select(h => new { h.Actor, h.Trigger, h.At, h.ChangesJson }).ToListAsync(ct);
        var open = await PaymentWatch.Watched(db).ToListAsync(ct);
        lock (_lock)
        {
            _counters = new Counters(today);
            foreach (var row in rows)
            {
                Count(row.Actor, row.Trigger, row.At, FieldsJson.Read(row.ChangesJson));
            }
            _promises.Clear();
            _installments.Clear();
            foreach (var item in open)
            {
                if (item.State == nameof(CollectionState.Promised))
                {
                    _promises[item.Id] = (item.Fields.Date("promiseDate"), item.Fields.Decimal("promiseAmount") ?? 0m);
                }
                else
                {
                    _installments[item.Id] = item.Fields.Date("nextDueDate");
                }
            }
        }
    }

    public void Apply(ItemChanged change)
    {
        if (change.Type != CollectionWorkflow.Type)
        {
            return;
        }
        lock (_lock)
        {
            Roll(change.At);
            Count(change.Actor, change.Trigger, change.At, change.Changes);
            if (change.ToState == nameof(CollectionState.Promised))
            {
                var known = _promises.GetValueOrDefault(change.ItemId);
                _promises[change.ItemId] = (FieldValues.AsDate(change.Changes.GetValueOrDefault("promiseDate")) ?? known.Date,
                    change.Changes.GetValueOrDefault("promiseAmount") as decimal? ?? known.Amount);
            }
            else
            {
                _promises.Remove(change.ItemId);
            }
            if (change.ToState == nameof(CollectionState.InAgreement))
            {
                _installments[change.ItemId] = FieldValues.AsDate(change.Changes.GetValueOrDefault("nextDueDate")) ?? _installments.GetValueOrDefault(change.ItemId);
            }
            else
            {
                _installments.Remove(change.ItemId);
            }
        }
    }

    public DeskView Snapshot()
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        lock (_lock)
        {
            Roll(now);
            var day = _counters.Day;
            var names = settings.Teams.Values.SelectMany(t => t.Members).Union(_counters.Calls.Keys, StringComparer.OrdinalIgnoreCase)
                .Order(StringComparer.Ordinal);
            var agents = names.Select(name => Calls(name, now, settings)).ToList();
            var due = _promises.Values.Where(p => p.Date == day).ToList();
            return new DeskView(now, day, agents, due.Count, due.Aggregate(0m, (sum, p) => FieldLimits.AddCapped(sum, p.Amount)), _counters.RecoveredToday, _counters.RecoveredThisMonth,
                goals?.For(day) ?? settings.MonthlyRecoveryGoal, _installments.Values.Count(d => d == day));
        }
    }

    /// <summary>One agent's calls today, whether or not they have made any yet.</summary>
    public AgentCalls For(string userName)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            Roll(now);
            return Calls(userName, now, options.Value);
        }
    }

    public DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, _zone).DateTime);

    public DateTimeOffset Start(DateOnly day) => DeskMonth.StartOf(day, _zone);

    private AgentCalls Calls(string name, DateTimeOffset now, CollectionsOptions settings)
    {
        var calls = _counters.Calls.GetValueOrDefault(name);
        var target = settings.TargetFor(name);
        var expected = CallPace.ExpectedBy(now, target, calendar);
        return new AgentCalls(name, calls, target, expected, CallPace.Of(calls, expected, target));
    }

    private void Count(string actor, string trigger, DateTimeOffset at, IReadOnlyDictionary<string, object?> changes)
    {
        var day = LocalDay(at);
        if (trigger == LogCall && day == _counters.Day)
        {
            _counters.Calls[actor] = _counters.Calls.GetValueOrDefault(actor) + 1;
        }
        else if (Recovery.Amount(trigger, name => changes.GetValueOrDefault(name) as decimal?) is { } amount
            && day.Year == _counters.Day.Year && day.Month == _counters.Day.Month)
        {
            _counters.RecoveredThisMonth = FieldLimits.AddCapped(_counters.RecoveredThisMonth, amount);
            _counters.RecoveredToday = FieldLimits.AddCapped(_counters.RecoveredToday, day == _counters.Day ? amount : 0m);
        }
    }

    private void Roll(DateTimeOffset now)
    {
        var day = LocalDay(now);
        if (day > _counters.Day)
        {
            var sameMonth = day.Year == _counters.Day.Year && day.Month == _counters.Day.Month;
            _counters = new Counters(day) { RecoveredThisMonth = sameMonth ? _counters.RecoveredThisMonth : 0m };
        }
    }

    private sealed class Counters(DateOnly day)
    {
        public DateOnly Day { get; } = day;

        public Dictionary<string, int> Calls { get; } = new(StringComparer.OrdinalIgnoreCase);

        public decimal RecoveredToday { get; set; }

        public decimal RecoveredThisMonth { get; set; }
    }
}
