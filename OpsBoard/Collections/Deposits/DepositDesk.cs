using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Collections.Deposits;

/// <summary>Registers unidentified deposits and matches them to cases, the match and the payment in one transaction.</summary>
public sealed class DepositDesk(OpsBoardDbContext db, FireHandler fire, ItemAccess access, BusinessCalendar calendar, WriteGate gate, TimeProvider clock,
    Live.LiveBus bus)
{
    public const int ReferenceMaxLength = 200;
    public const int ChannelMaxLength = 64;

    public async Task<IReadOnlyList<UnidentifiedDeposit>> ListAsync(string? status, string? q = null, CancellationToken ct = default) =>
        await DepositFilter.Apply(db.Deposits.AsNoTracking(), status, q).OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id).ToListAsync(ct);

    public async Task<DepositResult> RegisterAsync(Actor actor, RegisterDepositRequest request, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        if (request.Amount is not > 0m)
        {
            errors["amount"] = [ApiText.Get("DepositAmountRequired")];
        }
        else if (request.Amount > FieldLimits.MoneyMax)
        {
            errors["amount"] = [ApiText.Format("AmountTooLarge", FieldLimits.MoneyMax.ToString("#,0", System.Globalization.CultureInfo.CurrentCulture))];
        }
        if (string.IsNullOrWhiteSpace(request.Reference) || request.Reference.Trim().Length > ReferenceMaxLength)
        {
            errors["reference"] = [ApiText.Format("DepositReferenceRequired", ReferenceMaxLength)];
        }
        if (request.Channel?.Trim().Length > ChannelMaxLength)
        {
            errors["channel"] = [ApiText.Format("DepositChannelTooLong", ChannelMaxLength)];
        }
        if (request.ReceivedAt > now || request.ReceivedAt < now.AddYears(-1))
        {
            errors["receivedAt"] = [ApiText.Get("DepositReceivedAt")];
        }
        if (errors.Count > 0)
        {
            return new(CommandStatus.Invalid, Detail: ApiText.Get("FieldsInvalid"), Errors: errors);
        }
        var receivedAt = request.ReceivedAt ?? now;
        var deposit = UnidentifiedDeposit.Register(request.Amount!.Value, request.Reference!.Trim(),
            string.IsNullOrWhiteSpace(request.Channel) ? null : request.Channel.Trim(), receivedAt,
            calendar.Add(receivedAt, BusinessDuration.FromDays(1)), actor.UserName);
        using (await gate.EnterAsync(ct))
        {
            db.Deposits.Add(deposit);
            await db.SaveChangesAsync(ct);
            bus.Publish(new DepositChanged(deposit.Id, actor.UserName, now));
        }
        return new(CommandStatus.Ok, deposit);
    }

    public async Task<DepositResult> MatchAsync(Actor actor, long depositId, MatchDepositRequest request, CancellationToken ct = default)
    {
        var deposit = await db.Deposits.FirstOrDefaultAsync(d => d.Id == depositId, ct);
        if (deposit is null)
        {
            return new(CommandStatus.NotFound, Detail: ApiText.Format("DepositNotFound", depositId));
        }
        if (deposit.IsMatched)
        {
            return AlreadyMatched(deposit);
        }
        if (request.ItemId is not { } itemId)
        {
            return new(CommandStatus.Invalid, deposit, ApiText.Get("FieldsInvalid"),
                new Dictionary<string, string[]> { ["itemId"] = [ApiText.Get("DepositCaseRequired")] });
        }
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null || item.Type != CollectionWorkflow.Type || !await access.CanSeeAsync(actor, item, ct))
        {
            return new(CommandStatus.NotFound, deposit, ApiText.Format("CaseNotFound", itemId));
        }
        var fields = new Dictionary<string, object?> { ["paymentAmount"] = deposit.Amount };
        // A deposit on a case under a payment agreement is one of its installments.
        var trigger = item.State == nameof(CollectionState.InAgreement) ? nameof(CollectionTrigger.PayInstallment) : nameof(CollectionTrigger.PaymentReceived);
        var move = new FireCommand(itemId, trigger, request.ExpectedVersion ?? item.Version,
            $"Deposit {deposit.Id} ({deposit.Reference}) matched to this case.", fields)
        {
            // The deposit is marked in the case's move's transaction: both land or neither does.
            Also = (m, token) => MarkMatchedAsync(deposit, itemId, actor, m, token),
        };
        var result = await fire.HandleAsync(actor, move, ct);
        if (result.Succeeded)
        {
            return new(CommandStatus.Ok, deposit, Move: result);
        }
        db.ChangeTracker.Clear();
        var current = await db.Deposits.AsNoTracking().FirstAsync(d => d.Id == depositId, ct);
        return current.IsMatched ? AlreadyMatched(current) : new(result.Status, current, result.Detail, result.Errors, result);
    }

    private static async Task<CommandResult?> MarkMatchedAsync(UnidentifiedDeposit deposit, long itemId, Actor actor, MoveContext move, CancellationToken ct)
    {
        deposit.MatchTo(itemId, actor.UserName, move.At);
        try
        {
            await move.Db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone matched it first; the caller reads it back and says to which case.
            return new CommandResult(CommandStatus.NotPermitted, Detail: ApiText.Format("DepositAlreadyMatched", deposit.Id));
        }
    }

    private static DepositResult AlreadyMatched(UnidentifiedDeposit deposit) => new(CommandStatus.NotPermitted, deposit,
        ApiText.Format("DepositMatchedTo", deposit.Id, deposit.MatchedItemId, deposit.MatchedBy));
}
