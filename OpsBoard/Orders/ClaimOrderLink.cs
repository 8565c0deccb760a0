using Microsoft.EntityFrameworkCore;
using OpsBoard.Clients;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Domain.Workflows.Orders;
using OpsBoard.Items;

namespace OpsBoard.Orders;

/// <summary>
/// A new claim that names an order: the order must exist and be an order, the claim belongs to the order's client,
/// and that client's contract sets its deadline (copied onto the claim, its clock reckoned again).
/// Runs after <see cref="ClientLinks"/>, so a claim without an order still takes its client's contract.
/// </summary>
public sealed class ClaimOrderLink(WorkflowCatalog workflows, SlaTimer sla) : IItemCreateHook
{
    public async Task<CommandResult?> OnCreateAsync(CreateContext create, CancellationToken ct)
    {
        var claim = create.Item;
        if (claim.Type != ClaimWorkflow.Type)
        {
            return null;
        }
        if (claim.Fields.Decimal("orderId") is { } orderId)
        {
            var id = (long)orderId;
            var order = await create.Db.Items.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Type, i.ClientId }).FirstOrDefaultAsync(ct);
            if (order?.Type != OrderWorkflow.Type)
            {
                return CommandResult.Invalid(new Dictionary<string, string[]> { ["orderId"] = [OrderText.Format("NotAnOrder", id)] });
            }
            if (order.ClientId is { } orderClient)
            {
                claim.LinkClient(orderClient);
            }
        }
        if (claim.ClientId is { } clientId
            && await create.Db.Clients().Where(c => c.Id == clientId).Select(c => c.ClaimDaysAllowed).FirstOrDefaultAsync(ct) is { } days)
        {
            var fields = new Dictionary<string, object?>(claim.Fields) { ["contractDays"] = (decimal)days };
            claim.SetTerm("contractDays", (decimal)days, sla.Window(workflows.Get(claim.Type), [new Domain.Sla.StateEntry(claim.State, create.At)], fields));
        }
        return null;
    }
}
