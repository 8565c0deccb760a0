using OpsBoard.Domain.Sla;

namespace OpsBoard.Domain.Items;

/// <summary>
/// A unit of work moving through a workflow. Its state changes only through <see cref="Apply"/>,
/// which the transition command calls after the state machine has said yes.
/// </summary>
public sealed class WorkItem
{
    private Dictionary<string, object?> _fields = [];

    private WorkItem()
    {
        Type = Title = State = string.Empty;
    }

    public long Id { get; private set; }

    public string Type { get; private set; }

    public string Title { get; private set; }

    public string State { get; private set; }

    /// <summary>Bumped by every change; the database refuses an update made from an older one.</summary>
    public int Version { get; private set; }

    public string? Assignee { get; private set; }

    public string? QueueKey { get; private set; }

    /// <summary>The client the work is for; null only for items from before clients were records of their own.</summary>
    public long? ClientId { get; private set; }

    public IReadOnlyDictionary<string, object?> Fields => _fields;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public DateTimeOffset? SlaStartedAt { get; private set; }

    public DateTimeOffset? SlaWarnAt { get; private set; }

    public DateTimeOffset? SlaDueAt { get; private set; }

    public bool IsDone => DoneAt is not null;

    public SlaStatus SlaStatusAt(DateTimeOffset now) => SlaWindow.StatusOf(SlaWarnAt, SlaDueAt, now);

    public static WorkItem Create(string type, string title, string state, string? queueKey,
        IReadOnlyDictionary<string, object?> fields, DateTimeOffset now, SlaWindow? sla) => new()
        {
            Type = type,
            Title = title,
            State = state,
            QueueKey = queueKey,
            Version = 1,
            _fields = new(fields),
            CreatedAt = now,
            UpdatedAt = now,
            SlaStartedAt = sla?.StartedAt,
            SlaWarnAt = sla?.WarnAt,
            SlaDueAt = sla?.DueAt,
        };

    /// <summary>Moves the item to a new state with the transition's field changes and the new state's clock.</summary>
    public void Apply(ItemMove move)
    {
        State = move.ToState;
        foreach (var (name, value) in move.Changes)
        {
            _fields[name] = value;
        }
        if (move.ToQueue != QueueKey)
        {
            // Entering another desk's queue hands the item back to that desk's pool.
            Assignee = null;
        }
        QueueKey = move.ToQueue;
        SlaStartedAt = move.Sla?.StartedAt;
        SlaWarnAt = move.Sla?.WarnAt;
        SlaDueAt = move.Sla?.DueAt;
        DoneAt = move.IsDone ? move.At : null;
        Touch(move.At);
    }

    public void AssignTo(string? userName, DateTimeOffset now)
    {
        Assignee = userName;
        Touch(now);
    }

    /// <summary>Ties a new item to its client before it is first stored; the link is not a change of the work, so no version is spent.</summary>
    public void LinkClient(long clientId) => ClientId = clientId;

    /// <summary>
    /// A term the creation learns inside its transaction (a claim's days from the client's contract), with the clock it sets;
    /// only before the item is first stored, so no version is spent.
    /// </summary>
    public void SetTerm(string field, object? value, SlaWindow? sla)
    {
        _fields[field] = value;
        SlaStartedAt = sla?.StartedAt;
        SlaWarnAt = sla?.WarnAt;
        SlaDueAt = sla?.DueAt;
    }

    /// <summary>A fact recorded on the item (a file attached, a contact logged): it keeps its state, queue and clock, and is one version on.</summary>
    public void Annotate(DateTimeOffset now) => Touch(now);

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}

/// <summary>What a permitted transition does to an item.</summary>
public sealed record ItemMove(string ToState, string? ToQueue, IReadOnlyDictionary<string, object?> Changes, SlaWindow? Sla, bool IsDone, DateTimeOffset At);
