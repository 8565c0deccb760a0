namespace OpsBoard.Auth;

/// <summary>
/// Where each change to a person or a wallboard device is recorded: who did it, what, to whom. The default
/// records nothing; the audit log takes its place when it is there.
/// </summary>
public interface IPeopleAudit
{
    Task RecordAsync(string actor, string action, string subject, string? detail, CancellationToken ct = default);
}

internal sealed class NoPeopleAudit : IPeopleAudit
{
    public Task RecordAsync(string actor, string action, string subject, string? detail, CancellationToken ct = default) => Task.CompletedTask;
}
