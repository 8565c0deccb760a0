using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Collections;

/// <summary>
/// Logging a call is firing LogCall through the one write path: the outcome is the trigger's
/// parameter, the note is the history row's note, so every call is one audited, counted row.
/// </summary>
public sealed class CallLog(OpsBoardDbContext db, FireHandler fire, ItemAccess access)
{
    public const int NoteMaxLength = 2000;

    /// <summary>How many concurrent changes of one case a call without a version outlasts.</summary>
    public const int MaxAttempts = 5;

    public async Task<CommandResult> LogAsync(Actor actor, long id, LogCallRequest request, CancellationToken ct = default)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null || item.Type != CollectionWorkflow.Type || !await access.CanSeeAsync(actor, item, ct))
        {
            return new(CommandStatus.NotFound, Detail: ApiText.Format("CaseNotFound", id));
        }
        var outcome = CollectionWorkflow.CallOutcomes.FirstOrDefault(o => string.Equals(o, request.Outcome, StringComparison.OrdinalIgnoreCase));
        var errors = new Dictionary<string, string[]>();
        if (outcome is null)
        {
            errors["outcome"] = [ApiText.Format("OutcomeUnknown", string.Join(", ", CollectionWorkflow.CallOutcomes))];
        }
        if (request.Note?.Length > NoteMaxLength)
        {
            errors["note"] = [ApiText.Format("NoteTooLong", NoteMaxLength)];
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        var fields = new Dictionary<string, object?> { ["callOutcome"] = outcome };
        if (!string.IsNullOrWhiteSpace(request.ExceptionNote))
        {
            fields["exceptionNote"] = request.ExceptionNote;
        }
        var version = request.ExpectedVersion ?? item.Version;
        for (var attempt = 1; ; attempt++)
        {
            var result = await fire.HandleAsync(actor, new FireCommand(id, nameof(CollectionTrigger.LogCall), version, request.Note, fields), ct);
            // A call happened whatever else changed on the case meanwhile: without a version of its own it is
            // logged on the case as it is now (and still refused if the case can no longer take calls).
            if (result.Status != CommandStatus.Stale || request.ExpectedVersion is not null || attempt == MaxAttempts)
            {
                return result;
            }
            version = result.Item!.Version;
        }
    }

    public async Task<IReadOnlyList<CallView>> ListAsync(long id, CancellationToken ct = default)
    {
        var rows = await db.History.AsNoTracking()
            .Where(h => h.ItemId == id && h.Trigger == nameof(CollectionTrigger.LogCall))
            .OrderByDescending(h => h.Id).ToListAsync(ct);
        return rows.Select(h => new CallView(h.ItemId, h.At, h.Actor, FieldsJson.Read(h.ChangesJson).GetValueOrDefault("callOutcome") as string ?? string.Empty,
            h.Note, h.Version, h.ToState)).ToList();
    }
}
