using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Domain.Workflows;

/// <summary>A workflow seen through names, so the API, pages and storage can drive any of them.</summary>
public interface IWorkflow
{
    string Type { get; }

    string InitialState { get; }

    IReadOnlyList<string> States { get; }

    /// <summary>States where the item's work is over; reaching one counts as done for the day.</summary>
    IReadOnlySet<string> DoneStates { get; }

    IReadOnlyList<FieldDefinition> Fields { get; }

    IReadOnlyList<TriggerInfo> Triggers { get; }

    /// <summary>Every move of the machine as Stateless describes it, with the reason keys of its guards.</summary>
    IReadOnlyList<WorkflowEdge> Edges { get; }

    /// <summary>Triggers the system fires by itself, in the same transaction, as soon as their guard lets them.</summary>
    IReadOnlyList<string> AutomaticTriggers => [];

    bool IsState(string state);

    SlaRule? SlaFor(string state);

    /// <summary>Who holds an item in the state: the desk unless the workflow says the client or the broker; nobody once the work is over or for an unknown state.</summary>
    Party? HolderOf(string state);

    /// <summary>Whether some state waits on the client or the broker, so the desk's clock may pause.</summary>
    bool HasWaits => States.Any(s => HolderOf(s) is Party.Client or Party.Broker);

    FireResult Fire(string state, string trigger, TransitionContext context);

    IReadOnlyList<TriggerAvailability> PermittedTriggers(string state, TransitionContext context);

    string ToMermaid();
}

/// <summary>A trigger as clients see it: where it may fire, where it leads, who may fire it and what it needs.</summary>
public sealed record TriggerInfo(string Name, IReadOnlyList<string> From, IReadOnlyList<string> To, IReadOnlyList<string> Roles, IReadOnlyList<string> RequiredFields)
{
    public IReadOnlyList<string> OptionalFields { get; init; } = [];
}

/// <summary>One move of a workflow's machine: from a state, on a trigger, to a state, while its guards hold.</summary>
public sealed record WorkflowEdge(string From, string Trigger, string To, IReadOnlyList<string> Guards);
