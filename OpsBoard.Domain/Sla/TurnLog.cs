namespace OpsBoard.Domain.Sla;

/// <summary>An item's history cut into turns, and the business time each party held it.</summary>
public static class TurnLog
{
    /// <summary>The turns of the given entries, the last one running until <paramref name="until"/>; nothing after it.</summary>
    public static IReadOnlyList<Turn> Of(IReadOnlyList<StateEntry> entries, Func<string, Party?> holderOf, DateTimeOffset until)
    {
        var turns = new List<Turn>(entries.Count);
        for (var i = 0; i < entries.Count && entries[i].At <= until; i++)
        {
            var to = i + 1 < entries.Count && entries[i + 1].At < until ? entries[i + 1].At : until;
            turns.Add(new Turn(entries[i].State, holderOf(entries[i].State), entries[i].At, to));
        }
        return turns;
    }
}

/// <summary>Business time an item spent with the desk, with the client and with the broker.</summary>
public sealed record PartyTimes(TimeSpan Desk, TimeSpan Client, TimeSpan Broker)
{
    public static PartyTimes Zero { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public PartyTimes Plus(PartyTimes other) => new(Desk + other.Desk, Client + other.Client, Broker + other.Broker);

    /// <summary>The business time of the turns that falls between <paramref name="from"/> and <paramref name="to"/>, per party.</summary>
    public static PartyTimes Within(BusinessCalendar calendar, IEnumerable<Turn> turns, DateTimeOffset from, DateTimeOffset to)
    {
        var times = new Dictionary<Party, TimeSpan>();
        foreach (var turn in turns)
        {
            if (turn.Holder is not { } holder)
            {
                continue;
            }
            var start = turn.From > from ? turn.From : from;
            var end = turn.To < to ? turn.To : to;
            times[holder] = times.GetValueOrDefault(holder) + calendar.BusinessTimeBetween(start, end);
        }
        return new(times.GetValueOrDefault(Party.Desk), times.GetValueOrDefault(Party.Client), times.GetValueOrDefault(Party.Broker));
    }
}
