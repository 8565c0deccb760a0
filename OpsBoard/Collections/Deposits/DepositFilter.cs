using Microsoft.EntityFrameworkCore;

namespace OpsBoard.Collections.Deposits;

/// <summary>
/// Which deposits a list shows: those waiting to be matched (the default), the matched ones or all, narrowed by a
/// search over the bank's reference and the channel. The page, its saved views, the API and the export share it.
/// </summary>
public static class DepositFilter
{
    public static IReadOnlyList<string> Statuses { get; } = ["open", "matched", "all"];

    public static IQueryable<UnidentifiedDeposit> Apply(IQueryable<UnidentifiedDeposit> query, string? status, string? q)
    {
        query = status switch
        {
            "matched" => query.Where(d => d.MatchedItemId != null),
            "all" => query,
            _ => query.Where(d => d.MatchedItemId == null),
        };
        if (q?.Trim() is { Length: > 0 } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(d => EF.Functions.Like(d.Reference, pattern, "\\") || EF.Functions.Like(d.Channel!, pattern, "\\"));
        }
        return query;
    }
}
