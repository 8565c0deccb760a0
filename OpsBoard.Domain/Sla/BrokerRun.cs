namespace OpsBoard.Domain.Sla;

/// <summary>One stretch with the broker, from the move that sent the item until the move that took it back (null while there).</summary>
public sealed record BrokerRun(DateTimeOffset Since, DateTimeOffset? Until, DateTimeOffset DeadlineAt)
{
    /// <summary>Whether the broker kept the item until its deadline or beyond, as a clock is breached at its due time.</summary>
    public bool LateAt(DateTimeOffset now) => (Until is { } until && until < now ? until : now) >= DeadlineAt;

    /// <summary>Every stretch with the broker: consecutive states the broker holds make one stretch.</summary>
    public static IReadOnlyList<BrokerRun> Of(IReadOnlyList<StateEntry> entries, Func<string, Party?> holderOf, Func<DateTimeOffset, DateTimeOffset> deadline)
    {
        var runs = new List<BrokerRun>();
        DateTimeOffset? since = null;
        foreach (var entry in entries)
        {
            var withBroker = holderOf(entry.State) == Party.Broker;
            if (withBroker && since is null)
            {
                since = entry.At;
            }
            else if (!withBroker && since is { } start)
            {
                runs.Add(new BrokerRun(start, entry.At, deadline(start)));
                since = null;
            }
        }
        if (since is { } open)
        {
            runs.Add(new BrokerRun(open, null, deadline(open)));
        }
        return runs;
    }
}
