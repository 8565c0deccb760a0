using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Collections;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Contacts;

/// <summary>
/// Contacts on any item, through the one change path: a contact row and a history row in one
/// transaction. An outgoing call on a collection case is the desk's call (<see cref="CallLog"/>),
/// so it moves the case as a call does and counts toward the daily target; its contact row is
/// written by <see cref="CallContactHook"/>.
/// </summary>
public sealed class ContactLog(OpsBoardDbContext db, ItemQueries items, ItemAccess access, AnnotateHandler annotate, CallLog calls)
{
    public async Task<(ContactView? Contact, CommandResult? Refusal)> LogAsync(Actor actor, long itemId, LogContactRequest request, CancellationToken ct = default)
    {
        var item = await items.FindAsync(itemId, actor, ct);
        if (item is null)
        {
            return (null, CommandResult.NotFound(itemId));
        }
        var channel = Pick(ContactChannels.All, request.Channel);
        var direction = Pick(ContactChannels.Directions, request.Direction);
        var isCall = item.Type == CollectionWorkflow.Type && channel == ContactChannels.Phone && direction == "out";
        var outcome = isCall ? Pick(CollectionWorkflow.CallOutcomes, request.Outcome) : request.Outcome?.Trim();
        var errors = new Dictionary<string, string[]>();
        if (channel is null)
        {
            errors["channel"] = [ApiText.Format("ContactChannelUnknown", string.Join(", ", ContactChannels.All))];
        }
        if (direction is null)
        {
            errors["direction"] = [ApiText.Format("ContactDirectionUnknown", string.Join(", ", ContactChannels.Directions))];
        }
        if (isCall && outcome is null)
        {
            errors["outcome"] = [ApiText.Format("OutcomeUnknown", string.Join(", ", CollectionWorkflow.CallOutcomes))];
        }
        else if (string.IsNullOrWhiteSpace(outcome) || outcome.Length > ContactChannels.OutcomeMaxLength)
        {
            errors["outcome"] = [ApiText.Format("ContactOutcomeLength", ContactChannels.OutcomeMaxLength)];
        }
        if (request.Note?.Length > ContactChannels.NoteMaxLength)
        {
            errors["note"] = [ApiText.Format("NoteTooLong", ContactChannels.NoteMaxLength)];
        }
        if (errors.Count > 0)
        {
            return (null, CommandResult.Invalid(errors));
        }
        if (isCall)
        {
            var call = await calls.LogAsync(actor, itemId, new LogCallRequest(outcome, request.Note, null), ct);
            return call.Succeeded ? (await LatestAsync(itemId, ct), null) : (null, call);
        }
        ItemContact? row = null;
        var changes = new Dictionary<string, object?> { ["channel"] = channel, ["direction"] = direction, ["outcome"] = outcome };
        var result = await annotate.HandleAsync(actor, new AnnotateCommand(itemId, ItemTriggers.LogContact, request.Note, changes, async (move, token) =>
        {
            row = ItemContact.Log(itemId, channel!, direction!, outcome!, request.Note, actor.UserName, move.At);
            move.Db.Add(row);
            await move.Db.SaveChangesAsync(token);
            return null;
        }), ct);
        return result.Succeeded ? (View(row!), null) : (null, result);
    }

    /// <summary>The item's contacts, newest first; null when there is no such item for the viewer.</summary>
    public async Task<IReadOnlyList<ContactView>?> ListAsync(Actor viewer, long itemId, CancellationToken ct = default) =>
        await items.FindAsync(itemId, viewer, ct) is null ? null : await OfItemsAsync(viewer, [itemId], ct);

    /// <summary>The contacts of several items (a client's, say), newest first, leaving out items the viewer may not see.</summary>
    public async Task<IReadOnlyList<ContactView>> OfItemsAsync(Actor viewer, IReadOnlyCollection<long> itemIds, CancellationToken ct = default)
    {
        var visible = access.Filter(db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)), viewer).Select(i => i.Id);
        var rows = await db.Set<ItemContact>().AsNoTracking().Where(c => visible.Contains(c.ItemId)).ToListAsync(ct);
        return [.. rows.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Select(View)];
    }

    private async Task<ContactView?> LatestAsync(long itemId, CancellationToken ct) =>
        await db.Set<ItemContact>().AsNoTracking().Where(c => c.ItemId == itemId).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct) is { } row
            ? View(row) : null;

    private static string? Pick(IReadOnlyList<string> names, string? wanted) =>
        names.FirstOrDefault(n => string.Equals(n, wanted?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static ContactView View(ItemContact c) => new(c.Id, c.ItemId, c.Channel, c.Direction, c.Outcome, c.Note, c.Actor, c.At);
}
