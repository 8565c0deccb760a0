using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Workflows.Operations;

namespace OpsBoard.Fx;

/// <summary>
/// The reference rates as the workflows read them: held in memory, since a guard is asked while a page draws its
/// buttons; loaded at start and replaced whole whenever a rate is set here.
/// </summary>
public sealed class UsdRateBook : IUsdRates
{
    private ImmutableDictionary<string, decimal> _rates = ImmutableDictionary<string, decimal>.Empty;

    public decimal? UsdPerUnit(string currency) =>
        currency == "USD" ? 1m : _rates.TryGetValue(currency, out var rate) ? rate : null;

    public async Task LoadAsync(OpsBoardDbContext db, CancellationToken ct = default) =>
        _rates = (await db.Set<ReferenceRate>().AsNoTracking().ToListAsync(ct)).ToImmutableDictionary(r => r.Currency, r => r.UsdPerUnit);

    internal void Set(string currency, decimal usdPerUnit) => ImmutableInterlocked.AddOrUpdate(ref _rates, currency, usdPerUnit, (_, _) => usdPerUnit);
}
