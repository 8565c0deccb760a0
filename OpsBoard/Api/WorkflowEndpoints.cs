using Microsoft.AspNetCore.Http.HttpResults;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows;
using OpsBoard.Turns;

namespace OpsBoard.Api;

/// <summary>A field as a client must send it: its type, its choices, and the bounds the server holds it to.</summary>
public sealed record FieldView(string Name, string Type, bool RequiredOnCreate, IReadOnlyList<string>? Choices,
    decimal? Min = null, decimal? Max = null, int? MaxLength = null, bool Whole = false)
{
    public static FieldView From(FieldDefinition f)
    {
        var numeric = f.Type is FieldType.Number or FieldType.Money;
        var text = f.Type is FieldType.Text or FieldType.TextList;
        return new(f.Name, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(f.Type.ToString()), f.RequiredOnCreate, f.Choices,
            numeric ? FieldLimits.MinOf(f) : null, numeric ? FieldLimits.MaxOf(f) : null, text ? FieldLimits.MaxLengthOf(f) : null,
            f.Whole);
    }
}

public sealed record TriggerView(string Name, IReadOnlyList<string> From, string To, IReadOnlyList<string> ToAny, IReadOnlyList<string> Roles, IReadOnlyList<string> RequiredFields, IReadOnlyList<string> OptionalFields);

public sealed record WorkflowView(string Type, string InitialState, IReadOnlyList<string> States, IReadOnlyList<string> DoneStates,
    IReadOnlyList<FieldView> Fields, IReadOnlyList<TriggerView> Triggers, string Mermaid)
{
    /// <summary>Who holds an item in each open state: desk, client or broker.</summary>
    public IReadOnlyDictionary<string, string> Holders { get; init; } = new Dictionary<string, string>();

    public static WorkflowView From(IWorkflow w) => new(w.Type, w.InitialState, w.States, [.. w.DoneStates],
        w.Fields.Select(FieldView.From).ToList(),
        w.Triggers.Select(t => new TriggerView(t.Name, t.From, t.To.FirstOrDefault() ?? string.Empty, t.To, t.Roles, t.RequiredFields, t.OptionalFields)).ToList(),
        w.ToMermaid())
    {
        Holders = w.States.Where(s => w.HolderOf(s) is not null).ToDictionary(s => s, s => w.HolderOf(s).ToApiName()!),
    };
}

public static class WorkflowEndpoints
{
    public static RouteGroupBuilder MapWorkflows(this RouteGroupBuilder api)
    {
        api.MapGet("/workflows", List).WithTags("Workflows").WithName("ListWorkflows")
            .WithSummary("Every workflow: states, fields, triggers with their roles and fields, and its diagram.");
        return api;
    }

    public static Ok<IEnumerable<WorkflowView>> List(WorkflowCatalog workflows) => TypedResults.Ok(workflows.All.Select(WorkflowView.From));
}
