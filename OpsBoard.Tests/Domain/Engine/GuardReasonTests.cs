using OpsBoard.Domain.Engine;
using OpsBoard.Domain;

namespace OpsBoard.Tests.Domain.Engine;

public class GuardReasonTests
{
    public static readonly TheoryData<string, string, string> Texts = new()
    {
        { "ContractNotSigned", "An operation worth USD 100,000 or more (in its USD equivalent) cannot settle until its physical contract is signed.", "Uma operação de USD 100.000 ou mais (pelo equivalente em USD) não pode ser liquidada antes de o contrato físico ser assinado." },
        { "NoReferenceRate", "This operation's currency has no USD reference rate yet: a Manager sets it on the Reference rates page before it can close.", "A moeda desta operação ainda não tem taxa de referência em USD: um Gerente deve defini-la na página Taxas de referência antes do fechamento." },
        { "ContractAlreadySigned", "The contract of this operation is already signed.", "O contrato desta operação já está assinado." },
        { "FeeWaiverNeedsLead", "Waiving the refund fee needs a Lead.", "A isenção da taxa de estorno precisa de um Líder." },
        { "ThirdPartyNeedsLead", "Approving a third-party story without link needs a Lead.", "Aprovar uma história de terceiro sem vínculo precisa de um Líder." },
        { "NoMissingDocuments", "Sending a story back for documents needs the list of missing documents.", "Devolver uma história por documentos exige a lista de documentos pendentes." },
        { "PaymentMustBePositive", "A payment must be of more than zero.", "Um pagamento precisa ser maior que zero." },
        { "MissingDocumentsGiven", "A final rejection takes no list of missing documents.", "Uma reprovação definitiva não leva lista de documentos pendentes." },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_guard_reason_reads_in_english_under_en_and_in_portuguese_under_pt_BR(string key, string english, string portuguese)
    {
        var reason = new GuardReason(key);

        Assert.Equal(english, DomainKit.InCulture("en", () => reason.Text));
        Assert.Equal(english, DomainKit.InCulture("en-US", () => reason.ToString()));
        Assert.Equal(portuguese, DomainKit.InCulture("pt-BR", () => reason.Text));
    }

    [Fact]
    public void The_reason_of_a_blocked_settlement_is_in_the_callers_language()
    {
        var workflow = OpsBoard.Domain.Workflows.WorkflowCatalog.Default.Get("operation");
        var result = workflow.Fire("AtBroker", "Settle", DomainKit.Context(DomainKit.Agent, DomainKit.Values(("amount", 100_000m), ("currency", "USD")),
            DomainKit.Values(("swiftReference", "SCP2026/0001"))));

        var reason = Assert.Single(result.BlockedBy);
        Assert.Contains("physical contract", DomainKit.InCulture("en", () => reason.Text), StringComparison.Ordinal);
        Assert.Contains("contrato físico", DomainKit.InCulture("pt-BR", () => reason.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_reads_as_itself()
    {
        Assert.Equal("NoSuchReason", new GuardReason("NoSuchReason").Text);
        Assert.Equal("ContractNotSigned", new GuardReason("ContractNotSigned").Key);
        Assert.StartsWith("Uma operação", RuleText.Get("ContractNotSigned", System.Globalization.CultureInfo.GetCultureInfo("pt-BR")), StringComparison.Ordinal);
    }
}
