using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Operations;

namespace OpsBoard.Tests.Domain.Workflows.Operations;

public class OperationRefundTests
{
    // A lower threshold than the default, to show the workflow takes the one it is given.
    private static readonly IWorkflow Workflow =
        WorkflowCatalog.Create(new FixedUsdRates(new Dictionary<string, decimal> { ["EUR"] = 1.10m }), refundLeadAboveUsd: 1_000m).Get("operation");

    private static FireResult Confirm(Actor actor, decimal amount, string currency, params (string, object?)[] parameters) =>
        Workflow.Fire("RefundPending", "ConfirmRefund",
            DomainKit.Context(actor, DomainKit.Values(("client", "ACME"), ("amount", amount), ("currency", currency)), DomainKit.Values(parameters)));

    [Fact]
    public void A_charged_fee_without_its_amount_is_blocked_with_FeeAmountRequired()
    {
        var result = Confirm(DomainKit.Agent, 100m, "USD", ("feeCharged", true));

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal(["FeeAmountRequired"], result.BlockedBy.Select(r => r.Key));
    }

    [Fact]
    public void A_waived_fee_needs_no_amount()
    {
        Assert.Equal("Refunded", Confirm(DomainKit.Lead, 100m, "USD", ("feeCharged", false)).Destination);
    }

    [Theory]
    [InlineData("1000", "USD", true)]
    [InlineData("1000.01", "USD", false)]
    [InlineData("909", "EUR", true)]
    [InlineData("910", "EUR", false)]
    public void Over_the_threshold_in_USD_an_agent_is_blocked_with_RefundNeedsLead_and_a_lead_is_not(string given, string currency, bool agentMay)
    {
        var amount = decimal.Parse(given, System.Globalization.CultureInfo.InvariantCulture);
        var agent = Confirm(DomainKit.Agent, amount, currency, ("feeCharged", true), ("feeAmount", 0m));
        var lead = Confirm(DomainKit.Lead, amount, currency, ("feeCharged", true), ("feeAmount", 0m));

        Assert.Equal(agentMay, agent.Succeeded);
        Assert.Equal(agentMay ? [] : ["RefundNeedsLead"], agent.BlockedBy.Select(r => r.Key));
        Assert.Equal("Refunded", lead.Destination);
    }

    [Fact]
    public void A_refund_in_a_currency_without_a_rate_is_confirmed_by_a_lead()
    {
        Assert.Equal(["RefundNeedsLead"], Confirm(DomainKit.Agent, 10m, "JPY", ("feeCharged", true), ("feeAmount", 0m)).BlockedBy.Select(r => r.Key));
    }
}
