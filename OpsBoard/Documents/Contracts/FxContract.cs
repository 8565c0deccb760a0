using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Api;
using OpsBoard.Clients;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Operations;

namespace OpsBoard.Documents.Contracts;

/// <summary>The client as the contract names them: the client record's name and tax id when the operation is linked to one.</summary>
public sealed record ContractParty(string Name, string? TaxId);

/// <summary>What an FX contract states: its number, the parties and the terms fixed when the operation was closed.</summary>
public sealed record FxContract(long OperationId, string Number, ContractParty Client, CompanyOptions Company, decimal Amount, string Currency,
    string? Direction, decimal Rate, DateTimeOffset ClosedAt, string Operator)
{
    /// <summary>The amount in local currency at the closing rate, which is quoted as local currency per unit.</summary>
    public decimal LocalAmount => Math.Round(Amount * Rate, 2, MidpointRounding.AwayFromZero);

    public decimal? UsdAmount { get; init; }
}

/// <summary>Reads an operation and the moment its rate was fixed; only operations from USD 100,000 need a signed contract.</summary>
public sealed class FxContractQuery(OpsBoardDbContext db, WriteGate gate, IUsdRates rates, IOptions<CompanyOptions> company, TimeProvider clock)
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
        object? Field(string name) => item.Fields.GetValueOrDefault(name);
        if (!OperationWorkflow.NeedsContract(Field, rates))
        {
            return (null, new(StatusCodes.Status409Conflict,
                ApiText.Format("ContractBelowThreshold", id, OperationWorkflow.ContractThresholdUsd.ToString("N0", CultureInfo.CurrentCulture))));
        }
        var closedAt = await db.History.AsNoTracking().Where(h => h.ItemId == id && h.Trigger == CloseTrigger)
            .OrderByDescending(h => h.Id).Select(h => (DateTimeOffset?)h.At).FirstOrDefaultAsync(ct);
        if (closedAt is null || Field("rate") is not decimal rate)
        {
            return (null, new(StatusCodes.Status409Conflict, ApiText.Format("ContractNotClosed", id, WorkflowText.Trigger(nameof(OperationTrigger.Close)))));
        }
        var client = item.ClientId is { } clientId
            ? await db.Clients().AsNoTracking().Where(c => c.Id == clientId).Select(c => new ContractParty(c.Name, c.TaxId)).FirstOrDefaultAsync(ct)
            : null;
        var number = await NumberAsync(id, ct);
        return (new FxContract(id, number.Text, client ?? new(item.Fields.Text("client") ?? string.Empty, null), company.Value,
            (decimal)Field("amount")!, OperationWorkflow.CurrencyOf(Field), item.Fields.Text("direction"), rate, closedAt.Value,
            item.Fields.Text("operator") ?? string.Empty) { UsdAmount = OperationWorkflow.UsdAmount(Field, rates) }, null);
    }

    // Operations closed before numbers were issued at closing get theirs on the first download, then keep it.
    private async Task<ContractNumber> NumberAsync(long id, CancellationToken ct)
    {
        if (await db.Set<ContractNumber>().AsNoTracking().FirstOrDefaultAsync(c => c.ItemId == id, ct) is { } issued)
        {
            return issued;
        }
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var number = await ContractNumbers.IssueAsync(db, id, clock.GetUtcNow(), ct);
            await transaction.CommitAsync(ct);
            return number;
        }
    }
}
