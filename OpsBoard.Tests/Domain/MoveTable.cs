namespace OpsBoard.Tests.Domain;

/// <summary>A workflow's table of moves, and every state and trigger pair the table leaves out.</summary>
public static class MoveTable
{
    public static HashSet<(TState, TTrigger)> Allowed<TState, TTrigger>(TheoryData<TState, TTrigger, TState> moves)
        where TState : struct, Enum
        where TTrigger : struct, Enum =>
        moves.Select(row => ((TState)row[0], (TTrigger)row[1])).ToHashSet();

    public static TheoryData<TState, TTrigger> Forbidden<TState, TTrigger>(TheoryData<TState, TTrigger, TState> moves)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var allowed = Allowed(moves);
        var data = new TheoryData<TState, TTrigger>();
        foreach (var state in Enum.GetValues<TState>())
        {
            foreach (var trigger in Enum.GetValues<TTrigger>().Where(t => !allowed.Contains((state, t))))
            {
                data.Add(state, trigger);
            }
        }
        return data;
    }
}
