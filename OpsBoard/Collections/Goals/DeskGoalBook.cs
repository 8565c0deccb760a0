using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Data;

namespace OpsBoard.Collections.Goals;

/// <summary>
/// The desk's own goal per month, kept in memory for the desk's counters and the wallboard, which read it on every
/// refresh; loaded at start-up and set by <see cref="GoalBook"/> after each commit. A month without one keeps the configured goal.
/// </summary>
public sealed class DeskGoalBook(IOptions<CollectionsOptions> options)
{
    private readonly ConcurrentDictionary<DateOnly, decimal> _goals = new();

    public decimal For(DateOnly month) =>
        _goals.TryGetValue(new DateOnly(month.Year, month.Month, 1), out var goal) ? goal : options.Value.MonthlyRecoveryGoal;

    public bool IsSet(DateOnly month) => _goals.ContainsKey(new DateOnly(month.Year, month.Month, 1));

    internal void Set(DateOnly month, decimal? goal)
    {
        if (goal is { } amount)
        {
            _goals[month] = amount;
        }
        else
        {
            _goals.TryRemove(month, out _);
        }
    }

    public async Task LoadAsync(OpsBoardDbContext db, CancellationToken ct = default)
    {
        var stored = await db.Set<RecoveryGoal>().AsNoTracking().Where(g => g.Analyst == RecoveryGoal.Desk).ToListAsync(ct);
        foreach (var goal in stored)
        {
            _goals[goal.Month] = goal.Amount;
        }
    }
}
