using Microsoft.EntityFrameworkCore;

namespace OpsBoard.Data;

/// <summary>One page of a list read from the database, with the whole list's size.</summary>
public static class PagedRead
{
    /// <summary>
    /// Reads page <paramref name="page"/> (from 1) of <paramref name="ordered"/>, then its total: a page neither full nor
    /// empty is the last and tells the total itself, so the filter is counted (every matching row read a second time,
    /// the dearer half of a searched list's refresh on every open page) only when the page cannot tell.
    /// </summary>
    public static async Task<(List<T> Rows, int Total)> ReadAsync<T>(IQueryable<T> filtered, IQueryable<T> ordered, int page, int size, CancellationToken ct)
    {
        var rows = await ordered.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var total = rows.Count > 0 && rows.Count < size
            ? ((page - 1) * size) + rows.Count
            : await filtered.CountAsync(ct);
        return (rows, total);
    }
}
