namespace OpsBoard.Audit;

/// <summary>
/// Something done to the system rather than to an item: a sign-in, a download, a change of people or settings.
/// Rows are only ever added, so the log says what happened even when the thing it names is gone.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Actor = Kind = Subject = Detail = string.Empty;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Who did it: the signed-in user, or for a sign-in the name that was typed.</summary>
    public string Actor { get; private set; }

    public string Kind { get; private set; }

    /// <summary>What it was done to: a user name, a file, a setting's key.</summary>
    public string Subject { get; private set; }

    /// <summary>The particulars as a JSON object; "{}" when there are none.</summary>
    public string Detail { get; private set; }

    public string? RemoteAddress { get; private set; }

    public static AuditEntry Create(DateTimeOffset at, string actor, string kind, string subject, string detail, string? remoteAddress) => new()
    {
        At = at,
        Actor = Clip(actor, AuditLimits.Name),
        Kind = kind,
        Subject = Clip(subject, AuditLimits.Subject),
        Detail = detail,
        RemoteAddress = remoteAddress is null ? null : Clip(remoteAddress, AuditLimits.Address),
    };

    // A typed user name is attacker-controlled: keep what fits rather than refuse to log it.
    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>Column widths, shared by the mapping and the rows' clipping.</summary>
public static class AuditLimits
{
    public const int Name = 64;
    public const int Kind = 32;
    public const int Subject = 300;
    public const int Address = 64;
}
