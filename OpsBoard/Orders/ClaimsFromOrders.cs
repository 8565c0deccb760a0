using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Domain.Workflows.Orders;
using OpsBoard.Items;

namespace OpsBoard.Orders;

/// <summary>The API's body for a claim opened from an order: what is wrong, and optionally a title and the 3 or 5 days.</summary>
public sealed record ClaimFromOrderRequest(string? Category, string? Description, string? Title, string? DaysAllowed);

/// <summary>
/// Opens a claim about an order the caller may see: the claim names the order and its client, and goes through the one
/// create path (where <see cref="ClaimOrderLink"/> checks the order and applies the client's contract).
/// </summary>
public sealed class ClaimsFromOrders(ItemQueries items, CreateHandler create)
{
    public async Task<CommandResult> OpenAsync(Actor actor, long orderId, ClaimFromOrderRequest request, CancellationToken ct = default)
    {
        var order = await items.FindAsync(orderId, actor, ct);
        if (order is null)
        {
            return CommandResult.NotFound(orderId);
        }
        if (order.Type != OrderWorkflow.Type)
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["orderId"] = [OrderText.Format("NotAnOrder", orderId)] });
        }
        if (string.IsNullOrWhiteSpace(request.Category))
        {
            return CommandResult.Invalid(new Dictionary<string, string[]> { ["category"] = [RuleText.FieldRequired("category")] });
        }
        var fields = new Dictionary<string, object?>
        {
            ["client"] = order.Fields.Text("client"),
            ["channel"] = order.Fields.Text("channel") is "site" ? "portal" : order.Fields.Text("channel"),
            ["orderId"] = (decimal)orderId,
            ["orderReference"] = "#" + orderId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["category"] = request.Category,
            ["description"] = request.Description,
            ["daysAllowed"] = request.DaysAllowed,
        };
        var title = string.IsNullOrWhiteSpace(request.Title) ? $"{WorkflowText.Choice(request.Category.Trim())}: {order.Title}" : request.Title;
        var command = new CreateCommand(ClaimWorkflow.Type, title.Length > CreateHandler.TitleMaxLength ? title[..CreateHandler.TitleMaxLength] : title, fields)
        {
            ClientId = order.ClientId,
        };
        return await create.HandleAsync(actor, command, ct);
    }
}
