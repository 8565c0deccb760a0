namespace OpsBoard.Admin.Kiosks;

/// <summary>
/// A wallboard TV registered by an Admin. It signs in with a link whose secret is kept only as its
/// SHA-256 hash; revoking it cuts the TV off on its next request.
/// </summary>
public sealed class KioskDevice
{
    public const int NameLength = 64;

    private KioskDevice()
    {
        Name = SecretHash = CreatedBy = string.Empty;
    }

    public long Id { get; private set; }

    public string Name { get; private set; }

    public string SecretHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static KioskDevice Register(string name, string secretHash, string createdBy, DateTimeOffset at) => new()
    {
        Name = name,
        SecretHash = secretHash,
        CreatedBy = createdBy,
        CreatedAt = at,
    };

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
