namespace OpsBoard.Domain.Queues;

/// <summary>A queue is a desk's slice of one workflow: the states its people work, and who those people are.</summary>
public sealed record QueueDefinition(string Key, string Name, string WorkflowType, IReadOnlySet<string> States, IReadOnlyList<string> Roles)
{
    public bool Contains(string workflowType, string state) =>
        string.Equals(workflowType, WorkflowType, StringComparison.OrdinalIgnoreCase) && States.Contains(state);
}
