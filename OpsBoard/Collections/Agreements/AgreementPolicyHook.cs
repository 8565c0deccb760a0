using System.Globalization;
using Microsoft.Extensions.Options;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;

namespace OpsBoard.Collections.Agreements;

/// <summary>
/// A plan outside its band of the credit policy (too many installments, too little down) is refused for an agent
/// with the band's limits; a Lead agrees it by giving an <c>exceptionNote</c>, kept in the plan's history row.
/// </summary>
public sealed class AgreementPolicyHook(IOptions<AgreementOptions> options, IOptions<CollectionsOptions> collections) : IItemMoveHook
{
    public const string OutsidePolicy = "PlanOutsidePolicy";
    public const string ExceptionNeedsLead = "PlanExceptionNeedsLead";

    public Task<CommandResult?> OnMoveAsync(MoveContext move, CancellationToken ct)
    {
        var policy = options.Value;
        if (!policy.Enabled)
        {
            return Task.FromResult<CommandResult?>(null);
        }
        foreach (var made in move.Moves.Where(m => m.Item.Type == CollectionWorkflow.Type && m.Trigger == nameof(CollectionTrigger.AgreePlan)))
        {
            var amountDue = made.Item.Fields.Decimal("amountDue") ?? 0m;
            var installments = (int)(made.Item.Fields.Decimal("installments") ?? 1m);
            var down = made.Item.Fields.Decimal("downPayment") ?? 0m;
            if (policy.BandFor(amountDue) is not { } band || band.Allows(installments, down, amountDue))
            {
                continue;
            }
            var excepted = made.Changes.GetValueOrDefault("exceptionNote") is string { Length: > 0 };
            if (excepted && made.Actor.IsInAnyRole(Roles.Leads))
            {
                continue;
            }
            return Task.FromResult<CommandResult?>(excepted
                ? new CommandResult(CommandStatus.Forbidden, made.Item, RuleText.Get(ExceptionNeedsLead), BlockedBy: [ExceptionNeedsLead])
                : new CommandResult(CommandStatus.Blocked, made.Item, Describe(band, installments, down, amountDue), BlockedBy: [OutsidePolicy]));
        }
        return Task.FromResult<CommandResult?>(null);
    }

    private string Describe(AgreementBand band, int installments, decimal down, decimal amountDue)
    {
        var culture = CultureInfo.CurrentCulture;
        var ceiling = band.UpTo is { } upTo ? Money.Format(upTo, collections.Value.Currency, culture) : RuleText.Get("PlanAnyAmount");
        return RuleText.Format(OutsidePolicy, ceiling, band.MaxInstallments, band.MinDownPaymentPercent.ToString("0.##", culture), installments,
            AgreementBand.DownPaymentPercent(down, amountDue).ToString("0.##", culture));
    }
}
