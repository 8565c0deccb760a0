using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Collections.Deposits;

/// <summary>
/// The cases a deposit may pay, for the matcher to choose from: open collection cases the reader may see that
/// can take a payment now (a promise or an agreement), found by number, client or amount, the ones whose client
/// the bank reference names first, then the amount closest to the deposit's.
/// </summary>
public sealed class DepositCandidates(OpsBoardDbContext db, ItemAccess access)
{
    public const int Limit = 20;

    // Read before ranking; the ranking needs the case's amounts, which live in its fields.
    private const int Scan = 500;

    private static readonly string[] Payable = [nameof(CollectionState.Promised), nameof(CollectionState.InAgreement)];

    public async Task<IReadOnlyList<OpenCase>?> FindAsync(long depositId, string? text, Actor viewer, CancellationToken ct = default)
    {
        if (await db.Deposits.AsNoTracking().FirstOrDefaultAsync(d => d.Id == depositId, ct) is not { } deposit)
        {
            return null;
        }
        var query = access.Filter(db.Items.AsNoTracking(), viewer)
            .Where(i => i.Type == CollectionWorkflow.Type && i.DoneAt == null && Payable.Contains(i.State));
        var trimmed = text?.Trim().TrimStart('#') ?? string.Empty;
        var amount = Amount(trimmed);
        if (trimmed.Length > 0 && amount is null)
        {
            query = query.Where(i => EF.Functions.Like(i.Title, $"%{trimmed}%"));
        }
        var cases = await query.OrderBy(i => i.Id).Take(Scan).ToListAsync(ct);
        var words = deposit.Reference.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(w => w.Length >= 3).ToList();
        var target = amount ?? deposit.Amount;
        return cases
            .Select(i => (Case: new OpenCase(i.Id, i.Fields.Text("client") ?? i.Title, i.Fields.Decimal("amountDue") ?? 0m, i.State),
                Named: words.Any(w => i.Title.Contains(w, StringComparison.OrdinalIgnoreCase)),
                Gap: new[] { i.Fields.Decimal("promiseAmount"), i.Fields.Decimal("installmentAmount"), i.Fields.Decimal("amountDue") }
                    .OfType<decimal>().Select(a => Math.Abs(a - target)).DefaultIfEmpty(decimal.MaxValue).Min(),
                ById: amount is not null && trimmed.All(char.IsAsciiDigit) && i.Id.ToString(CultureInfo.InvariantCulture) == trimmed))
            // A number typed is a case number or an amount: either the case it numbers, or cases owing about that much.
            .Where(c => amount is null || c.ById || c.Gap <= Math.Max(1m, amount.Value * 0.05m))
            .OrderByDescending(c => c.ById).ThenByDescending(c => c.Named).ThenBy(c => c.Gap).ThenBy(c => c.Case.Id)
            .Take(Limit).Select(c => c.Case).ToList();
    }

    private static decimal? Amount(string text) =>
        text.Length > 0 && (decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out var value)
            || decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value)) ? value : null;
}
