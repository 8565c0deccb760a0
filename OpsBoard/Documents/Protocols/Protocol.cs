namespace OpsBoard.Documents.Protocols;

/// <summary>
/// A numbered batch of stories sent to the broker, with what each story was when it left:
/// the document stays the same whatever happens to the stories afterwards.
/// </summary>
public sealed class Protocol
{
    private readonly List<ProtocolStory> _stories = [];

    private Protocol()
    {
        Sender = SenderName = string.Empty;
    }

    public long Number { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string Sender { get; private set; }

    public string SenderName { get; private set; }

    public IReadOnlyList<ProtocolStory> Stories => _stories;

    /// <summary>The day the broker signed the copy that came back; null while it is still out.</summary>
    public DateOnly? SignedBackOn { get; private set; }

    /// <summary>The signed copy in the file store (the protocol's own folder), by its SHA-256.</summary>
    public string? SignedCopySha256 { get; private set; }

    public string? SignedCopyName { get; private set; }

    /// <summary>Who recorded the signed copy, and when.</summary>
    public string? SignedBackBy { get; private set; }

    public DateTimeOffset? SignedBackRecordedAt { get; private set; }

    public bool IsSignedBack => SignedBackOn is not null;

    /// <summary>The signed copy came back: kept once, so the first copy recorded is the protocol's.</summary>
    public void SignBack(DateOnly signedOn, string sha256, string fileName, string by, DateTimeOffset at)
    {
        SignedBackOn = signedOn;
        SignedCopySha256 = sha256;
        SignedCopyName = fileName;
        SignedBackBy = by;
        SignedBackRecordedAt = at;
    }

    /// <summary>A protocol under the next free number, which the sending transaction checks is still free.</summary>
    public static Protocol Open(long number, string sender, string senderName, DateTimeOffset at) => new()
    {
        Number = number,
        Sender = sender,
        SenderName = senderName,
        CreatedAt = at,
    };

    public void Add(long itemId, string title, string client, string documents, string? notes) =>
        _stories.Add(new ProtocolStory(_stories.Count + 1, itemId, title, client, documents, notes));
}

/// <summary>One line of a protocol: the story as it was sent.</summary>
public sealed class ProtocolStory
{
    private ProtocolStory()
    {
        Title = Client = Documents = string.Empty;
    }

    internal ProtocolStory(int position, long itemId, string title, string client, string documents, string? notes)
    {
        Position = position;
        ItemId = itemId;
        Title = title;
        Client = client;
        Documents = documents;
        Notes = notes;
    }

    public long Id { get; private set; }

    public long ProtocolNumber { get; private set; }

    public int Position { get; private set; }

    public long ItemId { get; private set; }

    public string Title { get; private set; }

    public string Client { get; private set; }

    public string Documents { get; private set; }

    public string? Notes { get; private set; }
}
