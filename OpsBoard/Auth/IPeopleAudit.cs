namespace OpsBoard.Auth;

/// <summary>
/// Where each change to a person or a wallboard device is recorded: who did it, what, to whom. The audit log
/// records them (<c>PeopleAuditLog</c>).
/// </summary>
public interface IPeopleAudit
{
    /// <summary>Adds the row to the caller's unit of work: the change and its row are saved together or not at all.</summary>
    void Stage(Data.OpsBoardDbContext db, string actor, string action, string subject, string? detail);
}
