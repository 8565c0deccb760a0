using OpsBoard.Domain.Workflows.Orders;
using OpsBoard.Items;

namespace OpsBoard.Orders;

/// <summary>A new order's lines must each read "product x quantity": refused with the lines that do not, before anything is stored.</summary>
public sealed class OrderLinesCheck : IItemCreateHook
{
    public Task<CommandResult?> OnCreateAsync(CreateContext create, CancellationToken ct)
    {
        if (create.Item.Type != OrderWorkflow.Type)
        {
            return Task.FromResult<CommandResult?>(null);
        }
        var invalid = OrderLines.Invalid(create.Item.Fields.GetValueOrDefault("lines"));
        return Task.FromResult(invalid.Count == 0 ? null
            : CommandResult.Invalid(new Dictionary<string, string[]> { ["lines"] = [OrderText.Format("LinesInvalid", string.Join("; ", invalid))] }));
    }
}
