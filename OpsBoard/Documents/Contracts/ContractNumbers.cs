using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;

namespace OpsBoard.Documents.Contracts;

/// <summary>
/// Gives an operation its contract number. The caller holds the write gate and a transaction (a move's, or the
/// first download's own), so two contracts can never read the same last number.
/// </summary>
public static class ContractNumbers
{
    public const string Sequence = "fx-contract";

    /// <summary>The operation's number, issued now if it has none yet; saved in the caller's transaction.</summary>
    public static async Task<ContractNumber> IssueAsync(OpsBoardDbContext db, long itemId, DateTimeOffset at, CancellationToken ct)
    {
        if (await db.Set<ContractNumber>().AsNoTracking().FirstOrDefaultAsync(c => c.ItemId == itemId, ct) is { } issued)
        {
            return issued;
        }
        var sequence = await db.Set<NumberSequence>().FirstOrDefaultAsync(s => s.Name == Sequence, ct);
        if (sequence is null)
        {
            sequence = NumberSequence.Start(Sequence);
            db.Add(sequence);
        }
        var number = ContractNumber.Issue(itemId, sequence.Next(), at);
        db.Add(number);
        await db.SaveChangesAsync(ct);
        db.Entry(number).State = EntityState.Detached;
        db.Entry(sequence).State = EntityState.Detached;
        return number;
    }
}
