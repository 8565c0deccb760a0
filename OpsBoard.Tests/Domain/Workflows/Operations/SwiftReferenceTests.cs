using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Operations;

namespace OpsBoard.Tests.Domain.Workflows.Operations;

public class SwiftReferenceTests
{
    private static readonly IWorkflow Workflow = WorkflowCatalog.Default.Get(OperationWorkflow.Type);

    [Theory]
    [InlineData("A")]
    [InlineData("SCP2026/0001")]
    [InlineData("1234567890123456")]
    [InlineData("R-6:(A).B,C'D+E?")]
    [InlineData("MY REF 01")]
    [InlineData("3f2a6c1e-8b4d-4c2a-9e1f-0a7b5c3d2e1f")]
    [InlineData("3F2A6C1E-8B4D-4C2A-AE1F-0A7B5C3D2E1F")]
    public void A_field_20_sender_reference_or_a_UETR_is_accepted(string reference) =>
        Assert.True(SwiftReference.IsValid(reference));

    [Theory]
    [InlineData("")]
    [InlineData("12345678901234567")]
    [InlineData("/SCP2026")]
    [InlineData("SCP2026/")]
    [InlineData("SCP//2026")]
    [InlineData("SCP_2026")]
    [InlineData("SCP#2026")]
    [InlineData("REFÉ")]
    [InlineData("3f2a6c1e-8b4d-1c2a-9e1f-0a7b5c3d2e1f")]
    [InlineData("3f2a6c1e-8b4d-4c2a-7e1f-0a7b5c3d2e1f")]
    [InlineData("3f2a6c1e8b4d4c2a9e1f0a7b5c3d2e1f")]
    [InlineData("{3f2a6c1e-8b4d-4c2a-9e1f-0a7b5c3d2e1f}")]
    public void Anything_else_is_refused(string reference) =>
        Assert.False(SwiftReference.IsValid(reference));

    [Fact]
    public void Settling_with_a_malformed_reference_is_blocked_with_a_reason_naming_both_formats()
    {
        var result = Workflow.Fire("AtBroker", "Settle", DomainKit.Context(DomainKit.Agent,
            DomainKit.Values(("amount", 500m), ("currency", "USD")), DomainKit.Values(("swiftReference", "/BAD//REF/"))));

        Assert.Equal(Refusal.Blocked, result.Refusal);
        var reason = Assert.Single(result.BlockedBy);
        Assert.Equal("SwiftReferenceInvalid", reason.Key);
        Assert.Contains("field 20", DomainKit.InCulture("en", () => reason.Text), StringComparison.Ordinal);
        Assert.Contains("UETR", DomainKit.InCulture("pt-BR", () => reason.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_contract_flagged_signed_without_its_copy_neither_settles_nor_refuses_the_copy()
    {
        var item = DomainKit.Values(("amount", 150_000m), ("currency", "USD"), ("contractSigned", true));

        var settle = Workflow.Fire("AtBroker", "Settle", DomainKit.Context(DomainKit.Agent, item, DomainKit.Values(("swiftReference", "SCP1"))));
        var sign = Workflow.Fire("AtBroker", "SignContract", DomainKit.Context(DomainKit.Agent, item, DomainKit.Values(("signedCopy", new string('a', 64)))));

        Assert.Equal(["ContractNotSigned"], settle.BlockedBy.Select(r => r.Key));
        Assert.True(sign.Succeeded);
        Assert.Equal(new string('a', 64), sign.Changes["signedCopy"]);
    }

    [Fact]
    public void Settle_is_offered_at_the_broker_before_any_reference_is_typed()
    {
        var triggers = Workflow.PermittedTriggers("AtBroker", DomainKit.Context(DomainKit.Agent, DomainKit.Values(("amount", 500m), ("currency", "USD"))));

        Assert.True(triggers.Single(t => t.Trigger == "Settle").CanFire);
        Assert.Equal(["swiftReference"], triggers.Single(t => t.Trigger == "Settle").RequiredFields);
    }
}
