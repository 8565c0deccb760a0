namespace OpsBoard.Onboarding;

/// <summary>A client code given on Verify; the table's unique keys make a code belong to one dossier only.</summary>
public sealed class ClientCode
{
    private ClientCode()
    {
        Code = string.Empty;
    }

    public string Code { get; private set; }

    public long ItemId { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public static ClientCode Assign(string code, long itemId, DateTimeOffset now) => new() { Code = code, ItemId = itemId, AssignedAt = now };
}
