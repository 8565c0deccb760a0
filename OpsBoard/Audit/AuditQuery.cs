using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;

namespace OpsBoard.Audit;

/// <summary>What an Admin asks of the log; empty parts do not narrow. Pages count from 1.</summary>
public sealed record AuditFilter(string? Kind = null, string? Actor = null, DateTimeOffset? From = null, DateTimeOffset? To = null, int Page = 1);

public sealed record AuditView(long Id, DateTimeOffset At, string Actor, string Kind, string Subject, JsonElement Detail, string? RemoteAddress);

public sealed record AuditRows(IReadOnlyList<AuditView> Rows, int Page, int PageSize, int Total);

/// <summary>Reads the audit log newest first, a page at a time.</summary>
public sealed class AuditQuery(OpsBoardDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditRows> ReadAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var rows = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            rows = rows.Where(a => a.Kind == filter.Kind);
        }
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim().ToLowerInvariant();
            rows = rows.Where(a => a.Actor.ToLower() == actor);
        }
        if (filter.From is { } from)
        {
            rows = rows.Where(a => a.At >= from);
        }
        if (filter.To is { } to)
        {
            rows = rows.Where(a => a.At < to);
        }
        var (page, total) = await PagedRead.ReadAsync(rows, rows.OrderByDescending(a => a.At).ThenByDescending(a => a.Id), filter.Page, PageSize, ct);
        var views = page.Select(a => new AuditView(a.Id, a.At, a.Actor, a.Kind, a.Subject, Parse(a.Detail), a.RemoteAddress)).ToList();
        return new AuditRows(views, filter.Page, PageSize, total);
    }

    private static JsonElement Parse(string detail)
    {
        using var document = JsonDocument.Parse(detail);
        return document.RootElement.Clone();
    }
}
