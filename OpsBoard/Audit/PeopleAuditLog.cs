using OpsBoard.Auth;

namespace OpsBoard.Audit;

/// <summary>Changes to people and wallboard devices, written to the audit log under their kind.</summary>
internal sealed class PeopleAuditLog(AuditLog log) : IPeopleAudit
{
    public void Stage(Data.OpsBoardDbContext db, string actor, string action, string subject, string? detail) =>
        db.AuditLog.Add(log.Entry(KindOf(action), subject, new { action, detail }, actor));

    private static string KindOf(string action) => action switch
    {
        "user.roles-changed" => AuditKind.RoleChange,
        _ when action.StartsWith("kiosk.", StringComparison.Ordinal) => AuditKind.KioskChange,
        _ => AuditKind.UserChange,
    };
}
