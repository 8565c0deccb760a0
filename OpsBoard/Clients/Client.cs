namespace OpsBoard.Clients;

/// <summary>Who a client is to the desk: the kind of service they get.</summary>
public enum ClientSegment
{
    Individual,
    Company,
    Private,
    Vip,
}

/// <summary>How the desk serves a client's items: priority clients' items are taken first within the same SLA band.</summary>
public enum ClientTier
{
    Standard,
    Priority,
}

/// <summary>How to reach a client: a phone, an e-mail or a chat handle (WhatsApp, Telegram...).</summary>
public sealed record ClientContact(string Kind, string Value)
{
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Chat = "chat";

    public static IReadOnlyList<string> Kinds { get; } = [Phone, Email, Chat];
}

/// <summary>
/// A client of the desk, whose operations, stories, claims, collection cases and dossier are linked to it.
/// Its name key is what new items' client names are matched by.
/// </summary>
public sealed class Client
{
    private List<ClientContact> _contacts = [];

    private Client()
    {
        Code = Name = NameKey = string.Empty;
    }

    public long Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string NameKey { get; private set; }

    public string? TaxId { get; private set; }

    public ClientSegment Segment { get; private set; }

    public ClientTier Tier { get; private set; }

    public IReadOnlyList<ClientContact> Contacts => _contacts;

    public decimal? LimitAmount { get; private set; }

    public string? LimitCurrency { get; private set; }

    public DateTimeOffset? LimitSetAt { get; private set; }

    public string? LimitSetBy { get; private set; }

    /// <summary>Business days the client's contract gives the desk to resolve a claim; null keeps the desk's default.</summary>
    public int? ClaimDaysAllowed { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>A code is given once the row has its id (<see cref="GiveCode"/>) unless one is known already.</summary>
    public static Client Register(string name, ClientSegment segment, string? code, DateTimeOffset now) => new()
    {
        Name = name,
        NameKey = ClientNames.Key(name),
        Segment = segment,
        // Unique until the generated code replaces it, inside the same transaction.
        Code = code ?? "~" + Guid.NewGuid().ToString("N"),
        CreatedAt = now,
        UpdatedAt = now,
    };

    public bool HasGeneratedCode => Code.StartsWith(ClientCodes.GeneratedPrefix, StringComparison.Ordinal) || Code.StartsWith('~');

    public void GiveCode(string code) => Code = code;

    public void Describe(string name, string? taxId, ClientSegment segment, IEnumerable<ClientContact> contacts, DateTimeOffset now)
    {
        Name = name;
        NameKey = ClientNames.Key(name);
        TaxId = taxId;
        Segment = segment;
        _contacts = [.. contacts];
        UpdatedAt = now;
    }

    public void SetTier(ClientTier tier, DateTimeOffset now)
    {
        Tier = tier;
        UpdatedAt = now;
    }

    /// <summary>The limit the broker approved, or one a lead set by hand; null amount clears it.</summary>
    public void SetLimit(decimal? amount, string? currency, string by, DateTimeOffset now)
    {
        LimitAmount = amount;
        LimitCurrency = amount is null ? null : currency;
        LimitSetAt = amount is null ? null : now;
        LimitSetBy = amount is null ? null : by;
        UpdatedAt = now;
    }

    /// <summary>The claim deadline the client's contract sets; null goes back to the desk's default.</summary>
    public void SetClaimDays(int? days, DateTimeOffset now)
    {
        ClaimDaysAllowed = days;
        UpdatedAt = now;
    }
}
