namespace OpsBoard.Onboarding;

/// <summary>An in-app notice to one area that a dossier awaits its line of the control sheet.</summary>
public sealed class AreaNotification
{
    private AreaNotification()
    {
        Area = Client = ClientCode = string.Empty;
    }

    public long Id { get; private set; }

    public long ItemId { get; private set; }

    /// <summary>The area's role name.</summary>
    public string Area { get; private set; }

    public string Client { get; private set; }

    public string ClientCode { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static AreaNotification Create(long itemId, string area, string client, string clientCode, DateTimeOffset now) => new()
    {
        ItemId = itemId,
        Area = area,
        Client = client,
        ClientCode = clientCode,
        CreatedAt = now,
    };
}
