using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Operations;

namespace OpsBoard.Documents.Contracts;

/// <summary>What an FX contract states: the parties and the terms fixed when the operation was closed.</summary>
public sealed record FxContract(long OperationId, string Client, decimal Amount, string Currency, string? Direction, decimal Rate,
    DateTimeOffset ClosedAt, string Operator);

/// <summary>Why an operation has no contract to print (yet).</summary>
/// <summary>Reads an operation and the moment its rate was fixed; only operations from USD 100,000 need a signed contract.</summary>
public sealed class FxContractQuery(OpsBoardDbContext db, IUsdRates rates)
{
    private const string CloseTrigger = nameof(OperationTrigger.Close);

    public async Task<(FxContract? Contract, DocumentRefusal? Refusal)> LoadAsync(long id, CancellationToken ct = default)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return (null, new(StatusCodes.Status404NotFound, ApiText.Format("ItemNotFound", id)));
        }
        if (item.Type != OperationWorkflow.Type)
        {
            return (null, new(StatusCodes.Status409Conflict, ApiText.Format("NotAnOperation", id, WorkflowText.WorkflowType(item.Type))));
        }
        if (!OperationWorkflow.NeedsContract(name => item.Fields.GetValueOrDefault(name), rates))
        {
            return (null, new(StatusCodes.Status409Conflict,
                ApiText.Format("ContractBelowThreshold", id, OperationWorkflow.ContractThresholdUsd.ToString("N0", CultureInfo.CurrentCulture))));
        }
        var closedAt = await db.History.AsNoTracking().Where(h => h.ItemId == id && h.Trigger == CloseTrigger)
            .OrderByDescending(h => h.Id).Select(h => (DateTimeOffset?)h.At).FirstOrDefaultAsync(ct);
        if (closedAt is null || item.Fields.GetValueOrDefault("rate") is not decimal rate)
        {
            return (null, new(StatusCodes.Status409Conflict, ApiText.Format("ContractNotClosed", id, WorkflowText.Trigger(nameof(OperationTrigger.Close)))));
        }
        return (new FxContract(id, item.Fields.Text("client") ?? string.Empty, (decimal)item.Fields["amount"]!,
            item.Fields.Text("currency") ?? "USD", item.Fields.Text("direction"), rate, closedAt.Value,
            item.Fields.Text("operator") ?? string.Empty), null);
    }
}
