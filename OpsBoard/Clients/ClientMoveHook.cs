using Microsoft.EntityFrameworkCore;
using OpsBoard.Components.Pages.Items;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;

namespace OpsBoard.Clients;

/// <summary>
/// What an item's moves change on its client, in the move's transaction: the limit the broker approved
/// (<c>approvedLimit</c>), and the onboarding code once the client's dossier is verified.
/// </summary>
public sealed class ClientMoveHook : IItemMoveHook
{
    public const string LimitField = "approvedLimit";

    public async Task<CommandResult?> OnMoveAsync(MoveContext move, CancellationToken ct)
    {
        var changed = new List<Client>();
        foreach (var made in move.Moves)
        {
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
}
