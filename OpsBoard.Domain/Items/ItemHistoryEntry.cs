namespace OpsBoard.Domain.Items;

/// <summary>One row of an item's append-only history: who did what, when, from where to where.</summary>
public sealed class ItemHistoryEntry
{
    private ItemHistoryEntry()
    {
        Actor = Trigger = FromState = ToState = ChangesJson = string.Empty;
    }

    public long Id { get; private set; }

    public long ItemId { get; private set; }

    public string ItemType { get; private set; } = string.Empty;

    public int Version { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; }

    public string Trigger { get; private set; }

    public string FromState { get; private set; }

    public string ToState { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The fields the move wrote, as a JSON object.</summary>
    public string ChangesJson { get; private set; }

    /// <summary>The previous row's <see cref="Hash"/>, which chains the rows in id order.</summary>
    public string PreviousHash { get; private set; } = string.Empty;

    /// <summary>SHA-256 over this row's content and <see cref="PreviousHash"/>; empty until sealed.</summary>
    public string Hash { get; private set; } = string.Empty;

    /// <summary>Places the row in the chain: the id it will be stored under and the hashes that link it.</summary>
    public void Seal(long id, string previousHash, string hash)
    {
        Id = id;
        PreviousHash = previousHash;
        Hash = hash;
    }

    public static ItemHistoryEntry Record(WorkItem item, string actor, string trigger, string fromState, string? note, string changesJson) => new()
    {
        ItemId = item.Id,
        ItemType = item.Type,
        Version = item.Version,
        At = item.UpdatedAt,
        Actor = actor,
        Trigger = trigger,
        FromState = fromState,
        ToState = item.State,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        ChangesJson = changesJson,
    };
}
