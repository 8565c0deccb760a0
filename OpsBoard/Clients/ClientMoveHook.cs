using Microsoft.EntityFrameworkCore;
using OpsBoard.Components.Pages.Items;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;

namespace OpsBoard.Clients;

/// <summary>
/// What an item's moves change on its client, in the move's transaction: the client itself when a move writes the item's
/// <c>client</c> field (the item follows the name, as at creation), the limit the broker approved (<c>approvedLimit</c>),
/// and the onboarding code once the client's dossier is verified.
/// </summary>
public sealed class ClientMoveHook : IItemMoveHook
{
    public const string LimitField = "approvedLimit";

    public async Task<CommandResult?> OnMoveAsync(MoveContext move, CancellationToken ct)
    {
        var changed = new List<Client>();
        foreach (var made in move.Moves)
        {
            await RelinkAsync(move, made, ct);
            if (made.Item.ClientId is not { } clientId)
            {
                continue;
            }
            var limit = made.Changes.GetValueOrDefault(LimitField) as decimal?;
            var code = made.Item.Type == OnboardingWorkflow.Type && made.Trigger == nameof(OnboardingTrigger.Verify)
                ? made.Item.Fields.Text("clientCode") : null;
            if (limit is null && code is null)
            {
                continue;
            }
            var client = changed.FirstOrDefault(c => c.Id == clientId) ?? await move.Db.Clients().FirstOrDefaultAsync(c => c.Id == clientId, ct);
            if (client is null)
            {
                continue;
            }
            if (limit is { } amount)
            {
                client.SetLimit(amount, FieldFormat.CurrencyOf(made.Item.Fields), made.Actor.UserName, move.At);
            }
            // A client keeps a code it already has from another dossier or a lead; a code someone else holds is left to them.
            if (code is not null && client.HasGeneratedCode && !await move.Db.Clients().AnyAsync(c => c.Code == code && c.Id != clientId, ct))
            {
                client.GiveCode(code);
            }
            changed.Add(client);
        }
        if (changed.Count > 0)
        {
            await move.Db.SaveChangesAsync(ct);
            foreach (var client in changed)
            {
                move.Db.Entry(client).State = EntityState.Detached;
            }
        }
        return null;
    }

    /// <summary>
    /// A move that wrote the item's client name links the item to that client (registered when new). The link is written here,
    /// beside the move's own row, and set on the item in memory so the move's event names the new client; the old client's
    /// page hears of it by the field in the event's changes.
    /// </summary>
    private static async Task RelinkAsync(MoveContext move, MadeMove made, CancellationToken ct)
    {
        if (!made.Changes.ContainsKey(ClientLinks.ClientField) || made.Item.Fields.Text(ClientLinks.ClientField) is not { } name
            || ClientNames.Key(name).Length == 0)
        {
            return;
        }
        var id = await ClientLinks.IdForAsync(move.Db, name, ClientLinks.SegmentOf(made.Item.Fields, name), move.At, ct);
        if (id != made.Item.ClientId)
        {
            made.Item.LinkClient(id);
            await move.Db.Database.ExecuteSqlAsync($"UPDATE \"Items\" SET \"ClientId\" = {id} WHERE \"Id\" = {made.Item.Id}", ct);
        }
    }
}
