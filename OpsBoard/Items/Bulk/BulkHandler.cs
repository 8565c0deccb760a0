using OpsBoard.Api;
using OpsBoard.Domain.Engine;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Items.Bulk;

/// <summary>
/// A lead's action on a selection, item by item through the one command path: each item is its own
/// transaction with its own history row and event, so one refused item (moved by someone else meanwhile,
/// in a state the move does not start from) stays as it was and is reported while the others move.
/// </summary>
public sealed class BulkHandler(FireHandler fire, AssignHandler assign)
{
    public const int MaxItems = 500;

    public async Task<(BulkResult? Result, CommandResult? Refusal)> HandleAsync(Actor actor, BulkCommand request, CancellationToken ct = default)
    {
        if (!ItemAccess.SeesEverything(actor))
        {
            return (null, new CommandResult(CommandStatus.Forbidden, Detail: ApiText.Get("BulkLeadsOnly")));
        }
        var errors = new Dictionary<string, string[]>();
        var action = request.Action?.Trim().ToLowerInvariant();
        if (action is not ("assign" or "move"))
        {
            errors["action"] = [ApiText.Get("BulkActionUnknown")];
        }
        if (request.Items is not { Count: > 0 and <= MaxItems } items || items.Select(i => i.Id).Distinct().Count() != items.Count)
        {
            errors["items"] = [ApiText.Format("BulkItemCount", MaxItems)];
        }
        if (action == "move" && string.IsNullOrWhiteSpace(request.Trigger))
        {
            errors["trigger"] = [ApiText.Get("TriggerRequired")];
        }
        if (RequestChecks.Refusal(0, request.Note, request.Assignee) is { Errors: { } checks })
        {
            foreach (var (key, value) in checks)
            {
                errors[key] = value;
            }
        }
        if (errors.Count > 0)
        {
            return (null, CommandResult.Invalid(errors));
        }
        var fields = request.Fields;
        var lines = new List<BulkLine>(request.Items!.Count);
        foreach (var target in request.Items!)
        {
            var result = action == "assign"
                ? await assign.HandleAsync(actor, new AssignCommand(target.Id, request.Assignee, target.ExpectedVersion, request.Note), ct)
                : await fire.HandleAsync(actor, new FireCommand(target.Id, request.Trigger!.Trim(), target.ExpectedVersion, request.Note, fields), ct);
            lines.Add(Line(target.Id, result));
        }
        return (new BulkResult(lines), null);
    }

    private static BulkLine Line(long id, CommandResult result) => new(id, result.Item?.Title, result.Succeeded,
        result.Status.ToString().ToLowerInvariant(), result.Item?.State, result.Item?.Assignee, result.Succeeded ? null : Reason(result));

    // The reason as the item page would give it: the refusal, then what each field lacks.
    private static string Reason(CommandResult result) => result.Errors is { Count: > 0 } errors
        ? $"{result.Detail} {string.Join(" ", errors.SelectMany(e => e.Value))}".Trim()
        : result.Detail ?? result.Status.ToString();
}
