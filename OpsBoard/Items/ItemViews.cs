using System.Text.Json.Serialization;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Items;

public sealed record PermittedTriggerView(string Trigger, IReadOnlyList<string> RequiredFields, IReadOnlyList<string> BlockedBy);

public sealed record ItemView(long Id, string Type, string Title, string State, int Version, string? Assignee, string? Queue,
    DateTimeOffset? SlaDueAt, [property: JsonConverter(typeof(JsonStringEnumConverter<SlaStatus>))] SlaStatus SlaStatus,
    IReadOnlyDictionary<string, object?> Fields, IReadOnlyList<PermittedTriggerView> PermittedTriggers,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long? ClientId = null)
{
    public static ItemView From(WorkItem item, IWorkflow workflow, Actor actor, DateTimeOffset now) => new(
        item.Id, item.Type, item.Title, item.State, item.Version, item.Assignee, item.QueueKey, item.SlaDueAt, item.SlaStatusAt(now),
        item.Fields,
        workflow.PermittedTriggers(item.State, new TransitionContext(actor, item.Fields, new Dictionary<string, object?>(), now))
            .Select(t => new PermittedTriggerView(t.Trigger, t.RequiredFields, t.BlockedBy.Select(b => b.Text).ToList())).ToList(),
        item.CreatedAt, item.UpdatedAt, item.ClientId);
}

/// <summary>A row of a list: what a queue or search shows without the per-caller trigger evaluation.</summary>
public sealed record ItemSummary(long Id, string Type, string Title, string State, int Version, string? Assignee, string? Queue,
    DateTimeOffset? SlaDueAt, [property: JsonConverter(typeof(JsonStringEnumConverter<SlaStatus>))] SlaStatus SlaStatus,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ItemSummary From(WorkItem item, DateTimeOffset now) => new(item.Id, item.Type, item.Title, item.State, item.Version,
        item.Assignee, item.QueueKey, item.SlaDueAt, item.SlaStatusAt(now), item.CreatedAt, item.UpdatedAt) { ClientId = item.ClientId };

    /// <summary>The client the item belongs to, if known; screens mark priority clients' items by it.</summary>
    public long? ClientId { get; init; }
}

public sealed record ItemPage(IReadOnlyList<ItemSummary> Items, int Total, int Page, int PageSize);

public sealed record HistoryView(long Id, int Version, DateTimeOffset At, string Actor, string Trigger, string FromState, string ToState,
    string? Note, IReadOnlyDictionary<string, object?> Changes);
