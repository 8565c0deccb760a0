using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Audit;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;

namespace OpsBoard.Collections.Goals;

/// <summary>Reads a month's goals with what was recovered against them, and sets them, each change saved with its audit row.</summary>
public sealed class GoalBook(OpsBoardDbContext db, WriteGate gate, DeskGoalBook deskGoals, DeskDirectory directory, AppliedPayments payments,
    AuditLog audit, IOptions<CollectionsOptions> options, TimeProvider clock)
{
    public const int MaxChanges = 200;

    public async Task<GoalsView> ReadAsync(DeskMonth month, CancellationToken ct = default)
    {
        var stored = await db.Set<RecoveryGoal>().AsNoTracking().Where(g => g.Month == month.First).ToListAsync(ct);
        var recovered = (await payments.RecoveredBetweenAsync(month.Start, month.End, ct))
            .GroupBy(p => p.Assignee ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Aggregate(0m, (sum, p) => FieldLimits.AddCapped(sum, p.Amount)), StringComparer.OrdinalIgnoreCase);
        var people = (await directory.AgentsAsync(ct)).ToDictionary(p => p.UserName, p => p.DisplayName, StringComparer.OrdinalIgnoreCase);
        var goals = stored.Where(g => g.Analyst != RecoveryGoal.Desk).ToDictionary(g => g.Analyst, g => g.Amount, StringComparer.OrdinalIgnoreCase);
        var names = people.Keys.Union(goals.Keys, StringComparer.OrdinalIgnoreCase)
            .Union(recovered.Keys.Where(k => k.Length > 0), StringComparer.OrdinalIgnoreCase);
        var analysts = names
            .Select(n => GoalLine.Of(n, people.GetValueOrDefault(n) ?? n, goals.TryGetValue(n, out var g) ? g : null, goals.ContainsKey(n),
                recovered.GetValueOrDefault(n)))
            .OrderBy(l => l.DisplayName, StringComparer.CurrentCulture).ToList();
        var desk = stored.FirstOrDefault(g => g.Analyst == RecoveryGoal.Desk);
        var total = recovered.Values.Aggregate(0m, FieldLimits.AddCapped);
        return new GoalsView(month.Key, options.Value.Currency,
            GoalLine.Of(null, null, desk?.Amount ?? options.Value.MonthlyRecoveryGoal, desk is not null, total), analysts);
    }

    /// <summary>The errors per field when refused (nothing stored), else null once every change is saved with its audit row.</summary>
    public async Task<Dictionary<string, string[]>?> SetAsync(string actor, DeskMonth month, SetGoalsRequest? request, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var changes = request?.Goals ?? [];
        if (changes.Count is 0 or > MaxChanges)
        {
            errors["goals"] = [GoalsText.Format("GoalsCount", MaxChanges)];
            return errors;
        }
        var agents = (await directory.AgentsAsync(ct)).Select(p => p.UserName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var wanted = new Dictionary<string, decimal?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < changes.Count; i++)
        {
            var analyst = changes[i].Analyst?.Trim().ToLowerInvariant() ?? RecoveryGoal.Desk;
            if (analyst.Length > 0 && !agents.Contains(analyst))
            {
                errors[$"goals[{i}].analyst"] = [GoalsText.Format("GoalAnalystUnknown", changes[i].Analyst)];
            }
            if (changes[i].Amount is { } amount && (amount <= 0m || amount > FieldLimits.MoneyMax || decimal.Round(amount, 2) != amount))
            {
                errors[$"goals[{i}].amount"] = [GoalsText.Format("GoalAmountOutOfBounds", FieldLimits.MoneyMax)];
            }
            if (!wanted.TryAdd(analyst, changes[i].Amount))
            {
                errors[$"goals[{i}].analyst"] = [GoalsText.Get("GoalTwice")];
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        await SaveAsync(actor, month, wanted, ct);
        return null;
    }

    private async Task SaveAsync(string actor, DeskMonth month, Dictionary<string, decimal?> wanted, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        using (await gate.EnterAsync(ct))
        {
            var stored = await db.Set<RecoveryGoal>().Where(g => g.Month == month.First).ToListAsync(ct);
            foreach (var (analyst, amount) in wanted)
            {
                var goal = stored.FirstOrDefault(g => string.Equals(g.Analyst, analyst, StringComparison.OrdinalIgnoreCase));
                var previous = goal?.Amount;
                if (previous == amount)
                {
                    continue;
                }
                if (amount is null)
                {
                    db.Remove(goal!);
                }
                else
                {
                    if (goal is null)
                    {
                        goal = RecoveryGoal.For(month.First, analyst);
                        db.Add(goal);
                    }
                    goal.Set(amount.Value, actor, now);
                }
                var subject = analyst.Length == 0 ? $"recovery-goal:{month.Key}" : $"recovery-goal:{month.Key}:{analyst}";
                db.AuditLog.Add(audit.Entry(AuditKind.SettingChange, subject, new { previous, amount }, actor));
            }
            await db.SaveChangesAsync(ct);
        }
        if (wanted.TryGetValue(RecoveryGoal.Desk, out var desk))
        {
            deskGoals.Set(month.First, desk);
        }
    }
}
