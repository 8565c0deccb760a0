using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;

namespace OpsBoard.Contacts;

/// <summary>
/// A collection call is a contact by phone: every LogCall, from the calls API, the desk, a contact
/// logged by phone or the demo alike, writes its contact row in the call's own transaction.
/// </summary>
public sealed class CallContactHook : IItemMoveHook
{
    public async Task<CommandResult?> OnMoveAsync(MoveContext move, CancellationToken ct)
    {
        var calls = move.Moves.Where(m => m.Trigger == nameof(CollectionTrigger.LogCall)).ToList();
        if (calls.Count == 0)
        {
            return null;
        }
        foreach (var call in calls)
        {
            var outcome = call.Changes.GetValueOrDefault("callOutcome") as string ?? string.Empty;
            move.Db.Add(ItemContact.Log(call.Item.Id, ContactChannels.Phone, "out", outcome, call.Note, call.Actor.UserName, move.At));
        }
        await move.Db.SaveChangesAsync(ct);
        return null;
    }
}
