using Microsoft.EntityFrameworkCore;
using OpsBoard.Board;
using OpsBoard.Clients;
using OpsBoard.Data;
using OpsBoard.Documents.Contracts;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows.Operations;

namespace OpsBoard.Documents.ContractsControl;

/// <summary>Reads one business day's contracts and settlements; writes nothing.</summary>
public sealed class ContractsControlQuery(OpsBoardDbContext db, IUsdRates rates, BusinessCalendar calendar, TimeProvider clock)
{
    private const string Sign = nameof(OperationTrigger.SignContract);
    private const string Settle = nameof(OperationTrigger.Settle);
    private static readonly string[] Gone = [nameof(OperationState.Refunded), nameof(OperationState.Cancelled)];

    public DateOnly Today => BoardRules.LocalDay(calendar.Zone, clock.GetUtcNow());

    public async Task<ContractsControlData> LoadAsync(DateOnly day, CancellationToken ct = default)
    {
        var start = BoardRules.DayStart(calendar.Zone, day);
        var end = BoardRules.DayStart(calendar.Zone, day.AddDays(1));
        var moment = end < clock.GetUtcNow() ? end : clock.GetUtcNow();
        var numbers = await db.Set<ContractNumber>().AsNoTracking().Where(c => c.IssuedAt < end).ToListAsync(ct);
        var moves = await db.History.AsNoTracking()
            .Where(h => h.ItemType == OperationWorkflow.Type && (h.Trigger == Sign || h.Trigger == Settle) && h.At < end)
            .Select(h => new { h.ItemId, h.Trigger, h.At, h.Actor }).ToListAsync(ct);
        var signedBefore = moves.Where(m => m.Trigger == Sign).Select(m => m.ItemId).ToHashSet();
        var today = moves.Where(m => m.At >= start).ToList();
        var withoutSwift = await db.Database.SqlQueryRaw<long>(WithoutSwiftSql(db)).ToListAsync(ct);
        var ids = numbers.Select(n => n.ItemId).Concat(today.Select(m => m.ItemId)).Concat(withoutSwift).ToHashSet();
        var items = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var clientIds = items.Values.Where(i => i.ClientId is not null).Select(i => i.ClientId!.Value).Distinct().ToList();
        var clients = await db.Clients().AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var numberOf = numbers.ToDictionary(n => n.ItemId, n => ContractNumber.Format(n.Number));
        ControlRow Row(long id, DateTimeOffset? at, string? who) => ToRow(items[id], numberOf.GetValueOrDefault(id), clients, at, who);
        var settledAt = moves.Where(m => m.Trigger == Settle).GroupBy(m => m.ItemId).ToDictionary(g => g.Key, g => g.Max(m => m.At));
        return new ContractsControlData(day, moment,
            [.. numbers.Where(n => n.IssuedAt >= start && items.ContainsKey(n.ItemId)).OrderBy(n => n.Number).Select(n => Row(n.ItemId, n.IssuedAt, null))],
            [.. today.Where(m => m.Trigger == Sign).OrderBy(m => m.At).Select(m => Row(m.ItemId, m.At, m.Actor))],
            [.. numbers.Where(n => !signedBefore.Contains(n.ItemId) && items.TryGetValue(n.ItemId, out var i) && !Gone.Contains(i.State))
                .OrderBy(n => n.Number).Select(n => Row(n.ItemId, n.IssuedAt, null))],
            [.. today.Where(m => m.Trigger == Settle).OrderBy(m => m.At).Select(m => Row(m.ItemId, m.At, m.Actor))],
            [.. withoutSwift.Where(items.ContainsKey).OrderBy(id => id).Select(id => Row(id, settledAt.TryGetValue(id, out var at) ? at : null, null))]);
    }

    private ControlRow ToRow(WorkItem item, string? number, Dictionary<long, string> clients, DateTimeOffset? at, string? who)
    {
        object? Field(string name) => item.Fields.GetValueOrDefault(name);
        var client = item.ClientId is { } id && clients.TryGetValue(id, out var name) ? name : item.Fields.Text("client") ?? string.Empty;
        return new ControlRow(item.Id, number, client, Field("amount") as decimal? ?? 0m, OperationWorkflow.CurrencyOf(Field),
            OperationWorkflow.UsdAmount(Field, rates), at, who, item.Fields.Text("swiftReference"));
    }

    /// <summary>The settled operations with no SWIFT reference among their fields; JSON is read by each database's own function.</summary>
    private static string WithoutSwiftSql(OpsBoardDbContext db) =>
        "SELECT \"Id\" AS \"Value\" FROM \"Items\" WHERE \"Type\" = 'operation' AND \"State\" = 'Settled' AND "
        + (db is Data.PostgreSql.PostgreSqlDbContext ? "(\"Fields\"::jsonb ->> 'swiftReference')" : "json_extract(\"Fields\", '$.swiftReference')") + " IS NULL";
}
