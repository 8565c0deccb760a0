using OpsBoard.Auth;

namespace OpsBoard.Audit;

/// <summary>Changes to people and wallboard devices, written to the audit log under their kind.</summary>
internal sealed class PeopleAuditLog(AuditLog log) : IPeopleAudit
{
    public Task RecordAsync(string actor, string action, string subject, string? detail, CancellationToken ct = default) =>
        log.RecordAsync(KindOf(action), subject, new { action, detail }, actor, ct);

    private static string KindOf(string action) => action switch
    {
        "user.roles-changed" => AuditKind.RoleChange,
        _ when action.StartsWith("kiosk.", StringComparison.Ordinal) => AuditKind.KioskChange,
        _ => AuditKind.UserChange,
    };
}
