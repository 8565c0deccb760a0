using OpsBoard.Api;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Items;

/// <summary>Creates an item in its workflow's first state, in its queue, with its clock started.</summary>
public sealed class CreateHandler(WorkflowCatalog workflows, QueueCatalog queues, SlaTimer sla, CommitStep commit, TimeProvider clock)
{
    public const int TitleMaxLength = 300;

    public async Task<CommandResult> HandleAsync(Actor actor, CreateCommand command, CancellationToken ct = default)
    {
        var workflow = workflows.Find(command.Type);
        if (workflow is null)
        {
            return CommandResult.Invalid(new Dictionary<string, string[]>
            {
                ["type"] = [ApiText.Format("UnknownType", command.Type, string.Join(", ", workflows.All.Select(w => w.Type)))],
            });
        }
        var (values, errors) = Check(workflow, command.Title, command.Fields);
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        var now = clock.GetUtcNow();
        var state = workflow.InitialState;
        var item = WorkItem.Create(workflow.Type, command.Title.Trim(), state, queues.For(workflow.Type, state)?.Key,
            values, now, sla.Window(workflow, [new Domain.Sla.StateEntry(state, now)], values));
        return await commit.CreateAsync(item, command, created => AppliedMove.Of(created, actor, ItemTriggers.Create, string.Empty, null, false, null, values), ct)
            ?? CommandResult.Ok(item);
    }

    /// <summary>
    /// The rules a new item's title and fields are held to, in the reader's language: the handler refuses by them,
    /// and a screen runs them before sending so its messages are the API's own.
    /// </summary>
    public static (Dictionary<string, object?> Values, Dictionary<string, string[]> Errors) Check(IWorkflow workflow, string? title,
        IReadOnlyDictionary<string, object?> fields)
    {
        var (values, errors) = FieldInput.Check(workflow.Fields, fields);
        if (string.IsNullOrWhiteSpace(title) || title.Length > TitleMaxLength)
        {
            errors["title"] = [ApiText.Format("TitleRequired", TitleMaxLength)];
        }
        foreach (var field in workflow.Fields.Where(f => f.RequiredOnCreate && !FieldDefinition.IsPresent(values.GetValueOrDefault(f.Name))))
        {
            errors.TryAdd(field.Name, [RuleText.FieldRequired(field.Name)]);
        }
        return (values, errors);
    }
}
