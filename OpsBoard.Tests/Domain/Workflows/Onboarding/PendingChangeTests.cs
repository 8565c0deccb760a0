using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Onboarding;

namespace OpsBoard.Tests.Domain.Workflows.Onboarding;

public class PendingChangeTests
{
    private static readonly IWorkflow Workflow = WorkflowCatalog.Default.Get("onboarding");
    private static readonly Actor Otto = Actor.Of("otto", Roles.Agent, Roles.Operations);

    private static FireResult Fire(OnboardingTrigger trigger, Actor actor, Dictionary<string, object?> dossier, params (string, object?)[] parameters) =>
        Workflow.Fire("Active", trigger.ToString(), DomainKit.Context(actor, dossier, DomainKit.Values(parameters)));

    [Theory]
    [InlineData("""{"serviceFrequency":"Weekly"}""", false)]
    [InlineData("""{"address":"Rua Nova 1"}""", true)]
    [InlineData("""{"address":"Rua Velha 2"}""", false)]
    public void An_update_only_proposes_and_a_new_address_needs_a_study(string proposed, bool studyNeeded)
    {
        var dossier = new Dictionary<string, object?> { ["address"] = "Rua Velha 2", ["serviceFrequency"] = "Daily" };

        var result = Fire(OnboardingTrigger.Update, DomainKit.Agent, dossier, ("changeSummary", "Client asked"), (PendingChange.Proposed, proposed));

        Assert.Equal(Refusal.None, result.Refusal);
        Assert.False(result.Changes.ContainsKey("address"));
        Assert.False(result.Changes.ContainsKey("serviceFrequency"));
        Assert.Equal(studyNeeded, result.Changes[PendingChange.StudyNeeded]);
        Assert.Equal("alice", result.Changes[PendingChange.RequestedBy]);
    }

    [Theory]
    [InlineData("""{"client":"Someone else"}""")]
    [InlineData("""{"moneyProcessing":"yes"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{}""")]
    [InlineData("not json")]
    public void A_proposal_of_anything_but_service_details_is_refused(string proposed)
    {
        var result = Fire(OnboardingTrigger.Update, DomainKit.Agent, [], ("changeSummary", "x"), (PendingChange.Proposed, proposed));

        Assert.Equal("ChangeInvalid", Assert.Single(result.BlockedBy).Key);
    }

    [Fact]
    public void Approval_applies_the_details_and_closes_the_change_once_any_study_is_in()
    {
        var dossier = new Dictionary<string, object?>
        {
            ["address"] = "Rua Velha 2", [PendingChange.Proposed] = """{"address":"Rua Nova 1","moneyProcessing":true}""", [PendingChange.StudyNeeded] = true,
        };

        var early = Fire(OnboardingTrigger.ApproveChange, Otto, dossier);
        dossier[PendingChange.Study] = OnboardingChecklist.Paper;
        var approved = Fire(OnboardingTrigger.ApproveChange, Otto, dossier);

        Assert.Equal("ChangeStudyRequired", Assert.Single(early.BlockedBy).Key);
        Assert.Equal("Rua Nova 1", approved.Changes["address"]);
        Assert.Equal(true, approved.Changes["moneyProcessing"]);
        Assert.Null(approved.Changes[PendingChange.Proposed]);
        Assert.Equal(Refusal.RoleNotAllowed, Fire(OnboardingTrigger.ApproveChange, DomainKit.Agent, dossier).Refusal);
    }
}
