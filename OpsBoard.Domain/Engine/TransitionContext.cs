namespace OpsBoard.Domain.Engine;

/// <summary>What a guard or an action sees: who acts, the item's fields and the trigger's parameters.</summary>
public sealed class TransitionContext
{
    private readonly Dictionary<string, object?> _changes;

    public TransitionContext(Actor actor, IReadOnlyDictionary<string, object?> itemFields, IReadOnlyDictionary<string, object?> parameters, DateTimeOffset now)
    {
        Actor = actor;
        ItemFields = itemFields;
        Parameters = parameters;
        Now = now;
        _changes = new(parameters);
    }

    /// <summary>A context for describing a machine, when no move is being made and no guard is asked.</summary>
    public static TransitionContext Describing { get; } =
        new(Actor.System, new Dictionary<string, object?>(), new Dictionary<string, object?>(), DateTimeOffset.UnixEpoch);

    public Actor Actor { get; }

    public IReadOnlyDictionary<string, object?> ItemFields { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public DateTimeOffset Now { get; }

    /// <summary>The fields this transition writes: its parameters plus what entry actions set.</summary>
    public IReadOnlyDictionary<string, object?> Changes => _changes;

    /// <summary>A field as it will be after the transition: the parameter wins over the stored value.</summary>
    public object? Field(string name) =>
        _changes.TryGetValue(name, out var changed) ? changed : ItemFields.GetValueOrDefault(name);

    public void Set(string name, object? value) => _changes[name] = value;
}
