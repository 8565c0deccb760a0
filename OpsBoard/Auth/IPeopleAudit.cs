namespace OpsBoard.Auth;

/// <summary>
/// Where each change to a person or a wallboard device is recorded: who did it, what, to whom. The audit log
/// records them (<c>PeopleAuditLog</c>).
/// </summary>
public interface IPeopleAudit
{
    Task RecordAsync(string actor, string action, string subject, string? detail, CancellationToken ct = default);
}
