using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Tests.Domain;

/// <summary>What every workflow's table of moves must say about it, checked the same way for each workflow.</summary>
public static class WorkflowAssert
{
    /// <summary>A move of the table: permitted, landing where the table says, writing the parameters it was given.</summary>
    public static void Moved(FireResult result, object to, IReadOnlyDictionary<string, object?> parameters)
    {
        Assert.Equal(Refusal.None, result.Refusal);
        Assert.Equal(to.ToString(), result.Destination);
        foreach (var (name, value) in parameters)
        {
            Assert.Equal(value, result.Changes[name]);
        }
    }

    public static void NotPermittedInState(FireResult result)
    {
        Assert.Equal(Refusal.NotPermittedInState, result.Refusal);
        Assert.Null(result.Destination);
    }

    /// <summary>The table has <paramref name="moves"/> distinct moves, and they with the forbidden ones cover every state and trigger pair.</summary>
    public static void CoversEveryPair<TState, TTrigger>(TheoryData<TState, TTrigger, TState> table, int moves)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var allowed = MoveTable.Allowed(table);
        Assert.Equal(moves, allowed.Count);
        Assert.Equal(Enum.GetValues<TState>().Length * Enum.GetValues<TTrigger>().Length, allowed.Count + MoveTable.Forbidden(table).Count());
    }

    /// <summary>The workflow describes each trigger as the table has it: where from, where to, who may fire it and what it needs.</summary>
    public static void TriggersMatch<TState, TTrigger>(IWorkflow workflow, TheoryData<TState, TTrigger, TState> table,
        IReadOnlyDictionary<string, string[]> required, Func<string, IReadOnlyList<string>> roles)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var rows = table.Select(row => (From: row[0].ToString()!, Trigger: row[1].ToString()!, To: row[2].ToString()!)).ToList();
        Assert.Equal(Enum.GetNames<TTrigger>(), workflow.Triggers.Select(t => t.Name));
        foreach (var info in workflow.Triggers)
        {
            var mine = rows.Where(r => r.Trigger == info.Name).ToList();
            Assert.Equal(mine.Select(r => r.From).Distinct().Order(), info.From.Order());
            Assert.Equal(mine.Select(r => r.To).Distinct().Order(), info.To.Order());
            Assert.Equal(roles(info.Name), info.Roles);
            Assert.Equal(required.GetValueOrDefault(info.Name) ?? [], info.RequiredFields);
        }
    }

    public static void DiagramHasOneLinePerMove<TState, TTrigger>(IWorkflow workflow, TheoryData<TState, TTrigger, TState> table)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var lines = workflow.ToMermaid().Split('\n').Select(l => l.Trim()).ToList();
        foreach (var row in table)
        {
            Assert.Contains(lines, l => Draws(l, row[0].ToString()!, row[1].ToString()!, row[2].ToString()!));
        }
        Assert.Equal(table.Count(), lines.Count(l => l.Contains(" --> ", StringComparison.Ordinal) && !l.StartsWith("[*]", StringComparison.Ordinal)));
    }

    /// <summary>Whether a line of Stateless' Mermaid drawing is this move, whatever guard or action it names after it.</summary>
    public static bool Draws(string line, string from, string trigger, string to)
    {
        var move = $"{from} --> {to} : {trigger}";
        return line == move || line.StartsWith(move + " ", StringComparison.Ordinal);
    }
}
