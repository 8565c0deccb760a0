using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Audit;
using OpsBoard.Data;
using OpsBoard.Domain.Workflows.Operations;

namespace OpsBoard.Fx;

public sealed record RateView(string Currency, decimal? UsdPerUnit, DateTimeOffset? UpdatedAt, string? UpdatedBy);

public sealed record SetRateRequest(decimal? UsdPerUnit);

/// <summary>Reads and sets the reference rates; each change saved with its audit row, then put in the book the rules read.</summary>
public sealed class ReferenceRates(OpsBoardDbContext db, WriteGate gate, UsdRateBook book, AuditLog audit, TimeProvider clock)
{
    public const decimal MaxRate = 1_000_000m;

    /// <summary>
    /// The currencies operations are made in, USD first and fixed at 1, and the house currency: the broker approves
    /// clients' limits in it, and a limit is checked in USD.
    /// </summary>
    public static IReadOnlyList<string> Currencies { get; } =
        [.. (OperationWorkflow.Fields.Single(f => f.Name == "currency").Choices ?? ["USD"]).Append(Components.Pages.Items.FieldFormat.HouseCurrency).Distinct()];

    public async Task<IReadOnlyList<RateView>> ListAsync(CancellationToken ct = default)
    {
        var stored = await db.Set<ReferenceRate>().AsNoTracking().ToDictionaryAsync(r => r.Currency, ct);
        return Currencies.Select(c => c == "USD"
            ? new RateView(c, 1m, null, null)
            : stored.TryGetValue(c, out var r) ? new RateView(c, r.UsdPerUnit, r.UpdatedAt, r.UpdatedBy) : new RateView(c, null, null, null)).ToList();
    }

    /// <summary>The errors per field when refused (nothing stored), else the rate as stored.</summary>
    public async Task<(RateView? Rate, Dictionary<string, string[]>? Errors)> SetAsync(string actor, string currency, decimal? usdPerUnit,
        CancellationToken ct = default)
    {
        var code = currency.Trim().ToUpperInvariant();
        var errors = new Dictionary<string, string[]>();
        if (!Currencies.Contains(code) || code == "USD")
        {
            errors["currency"] = [ApiText.Format("RateUnknownCurrency", currency, string.Join(", ", Currencies.Where(c => c != "USD")))];
        }
        if (usdPerUnit is not { } rate || rate <= 0m || rate > MaxRate || decimal.Round(rate, 10) != rate)
        {
            errors["usdPerUnit"] = [ApiText.Format("RateOutOfBounds", MaxRate)];
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var now = clock.GetUtcNow();
        using (await gate.EnterAsync(ct))
        {
            var stored = await db.Set<ReferenceRate>().FirstOrDefaultAsync(r => r.Currency == code, ct);
            var previous = stored?.UsdPerUnit;
            if (stored is null)
            {
                stored = ReferenceRate.For(code);
                db.Add(stored);
            }
            stored.Set(usdPerUnit!.Value, actor, now);
            db.AuditLog.Add(audit.Entry(AuditKind.SettingChange, $"fx-rate:{code}", new { previous, usdPerUnit }, actor));
            await db.SaveChangesAsync(ct);
        }
        book.Set(code, usdPerUnit.Value);
        return (new RateView(code, usdPerUnit, now, actor), null);
    }
}
