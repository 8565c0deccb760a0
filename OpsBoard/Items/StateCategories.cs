using OpsBoard.Domain.Workflows;

namespace OpsBoard.Items;

/// <summary>
/// The colour group of a state, read off the workflow so every workflow gets it for free: where
/// items arrive, where the desk works them, where they wait on someone outside the desk (a client,
/// a broker: states named Awaiting…, Pending…, At…), and where they end, well or not.
/// </summary>
public static class StateCategories
{
    private static readonly string[] WaitingPrefixes = ["Awaiting", "Pending", "At"];
    private static readonly string[] EndedBadly = ["Cancelled", "Rejected", "Archived", "Refunded"];

    public static string Of(IWorkflow? workflow, string state)
    {
        if (workflow is null || !workflow.IsState(state))
        {
            return "neutral";
        }
        if (workflow.DoneStates.Contains(state))
        {
            return EndedBadly.Contains(state, StringComparer.Ordinal) ? "cancelled" : "done";
        }
        if (state == workflow.InitialState)
        {
            return "new";
        }
        return WaitingPrefixes.Any(p => state.StartsWith(p, StringComparison.Ordinal) && state.Length > p.Length && char.IsUpper(state[p.Length]))
            ? "waiting"
            : "active";
    }

    public static string Of(WorkflowCatalog workflows, string type, string state) => Of(workflows.Find(type), state);
}
