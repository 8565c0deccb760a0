namespace OpsBoard.Domain.Sla;

/// <summary>
/// The desk's clock: it counts only business time while the desk holds the item. A state's clock
/// starts when the item enters it (or at creation for a whole-life clock) and goes on, paused, while
/// the client or the broker holds the item and it comes straight back to the same state; its warning
/// and due instants are when the desk's own time reaches four fifths and all of the time allowed.
/// </summary>
public static class DeskClock
{
    /// <summary>The index of the entry where the clock of the last entry's state started.</summary>
    public static int RunStart(IReadOnlyList<StateEntry> entries, Func<string, Party?> holderOf, SlaClock clock)
    {
        if (clock == SlaClock.FromCreation)
        {
            return 0;
        }
        var start = entries.Count - 1;
        var state = entries[start].State;
        while (true)
        {
            var back = start - 1;
            while (back >= 0 && holderOf(entries[back].State) is Party.Client or Party.Broker)
            {
                back--;
            }
            // Only a wait on someone else in between resumes the clock; a move from the state to itself restarts it.
            if (back < 0 || back == start - 1 || entries[back].State != state)
            {
                return start;
            }
            start = back;
        }
    }

    /// <summary>The window of a clock started at <paramref name="turns"/>' first instant, the desk holding the item from <paramref name="now"/> on.</summary>
    public static SlaWindow Window(BusinessCalendar calendar, IReadOnlyList<Turn> turns, DateTimeOffset now, TimeSpan allowed)
    {
        return new(turns.Count > 0 ? turns[0].From : now, At(allowed * 0.8), At(allowed));

        DateTimeOffset At(TimeSpan target)
        {
            var used = TimeSpan.Zero;
            foreach (var turn in turns.Where(t => t.Holder == Party.Desk))
            {
                var worked = calendar.BusinessTimeBetween(turn.From, turn.To);
                if (used + worked >= target)
                {
                    return calendar.Add(turn.From, target - used);
                }
                used += worked;
            }
            return calendar.Add(now, target - used);
        }
    }
}
