using System.Text.Json;
using OpsBoard.Data;

namespace OpsBoard.Audit;

/// <summary>
/// Writes audit rows. Any feature may call it: it saves through its own unit of work, so a caller's
/// pending changes are neither saved early nor lost with the row.
/// </summary>
public sealed class AuditLog(IServiceScopeFactory scopes, WriteGate gate, TimeProvider clock, IHttpContextAccessor http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Records one row. The actor is the signed-in user of the current request unless given (a sign-in names
    /// whoever tried; a Blazor circuit has no request at hand); the remote address is the request's, when there is one.
    /// </summary>
    public async Task RecordAsync(string kind, string subject, object? detail = null, string? actor = null, CancellationToken ct = default)
    {
        var entry = Entry(kind, subject, detail, actor);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        db.AuditLog.Add(entry);
        using (await gate.EnterAsync(ct))
        {
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>A row not yet saved, for a caller that saves it with its own change in one transaction.</summary>
    public AuditEntry Entry(string kind, string subject, object? detail = null, string? actor = null)
    {
        var request = http.HttpContext;
        return AuditEntry.Create(
            clock.GetUtcNow(),
            actor ?? request?.User.Identity?.Name ?? "",
            kind,
            subject,
            JsonSerializer.Serialize(detail ?? new { }, Json),
            request?.Connection.RemoteIpAddress?.ToString());
    }
}
