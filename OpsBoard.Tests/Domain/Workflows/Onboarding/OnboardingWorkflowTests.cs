using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Onboarding;

namespace OpsBoard.Tests.Domain.Workflows.Onboarding;

public class OnboardingWorkflowTests
{
    private static readonly IWorkflow Workflow = WorkflowCatalog.Default.Get("onboarding");
    private static readonly string Hash = new('a', 64);

    public static readonly TheoryData<OnboardingState, OnboardingTrigger, OnboardingState> Moves = new()
    {
        { OnboardingState.SaleClosed, OnboardingTrigger.RecordDocument, OnboardingState.SaleClosed },
        { OnboardingState.SaleClosed, OnboardingTrigger.SubmitDocuments, OnboardingState.DocumentsReview },
        { OnboardingState.SaleClosed, OnboardingTrigger.Cancel, OnboardingState.Archived },
        { OnboardingState.DocumentsReview, OnboardingTrigger.RecordDocument, OnboardingState.DocumentsReview },
        { OnboardingState.DocumentsReview, OnboardingTrigger.ReturnDocuments, OnboardingState.SaleClosed },
        { OnboardingState.DocumentsReview, OnboardingTrigger.Verify, OnboardingState.AreasNotified },
        { OnboardingState.DocumentsReview, OnboardingTrigger.Cancel, OnboardingState.Archived },
        { OnboardingState.AreasNotified, OnboardingTrigger.SignOff, OnboardingState.AreasNotified },
        { OnboardingState.AreasNotified, OnboardingTrigger.Activate, OnboardingState.Active },
        { OnboardingState.AreasNotified, OnboardingTrigger.Cancel, OnboardingState.Archived },
        { OnboardingState.Active, OnboardingTrigger.Update, OnboardingState.Active },
        { OnboardingState.Active, OnboardingTrigger.ApproveChange, OnboardingState.Active },
        { OnboardingState.Active, OnboardingTrigger.RejectChange, OnboardingState.Active },
        { OnboardingState.Active, OnboardingTrigger.AddStudy, OnboardingState.Active },
        { OnboardingState.Active, OnboardingTrigger.Cancel, OnboardingState.Archived },
    };

    private static readonly HashSet<(OnboardingState, OnboardingTrigger)> Allowed = MoveTable.Allowed(Moves);

    public static TheoryData<OnboardingState, OnboardingTrigger> ForbiddenMoves() => MoveTable.Forbidden(Moves);

    private static Actor Security(string name = "sofia") => Actor.Of(name, Roles.Agent, Roles.Security);

    private static Dictionary<string, object?> CompleteChecklist() =>
        OnboardingChecklist.Documents.ToDictionary(d => d, d => (object?)(d == "workOrder" ? OnboardingChecklist.Uploaded(Hash) : OnboardingChecklist.Paper));

    /// <summary>A dossier whose fields let each move of the table pass its guard.</summary>
    private static Dictionary<string, object?> DossierFor(OnboardingTrigger trigger)
    {
        var fields = CompleteChecklist();
        fields["client"] = "Transportes Ñandú";
        fields["verifiedBy"] = "vera";
        if (trigger is OnboardingTrigger.ApproveChange or OnboardingTrigger.RejectChange or OnboardingTrigger.AddStudy)
        {
            fields[PendingChange.Proposed] = """{"serviceFrequency":"Mon, Thu"}""";
            fields[PendingChange.StudyNeeded] = trigger == OnboardingTrigger.AddStudy;
        }
        if (trigger == OnboardingTrigger.Activate)
        {
            fields["moneyProcessing"] = true;
            foreach (var area in ControlSheet.Areas)
            {
                fields[ControlSheet.SignedBy(area)] = "someone";
            }
        }
        return fields;
    }

    private static (Actor Actor, Dictionary<string, object?> Parameters) CallFor(OnboardingTrigger trigger) => trigger switch
    {
        OnboardingTrigger.RecordDocument => (DomainKit.Agent, DomainKit.Values(("knowYourCustomerForm", OnboardingChecklist.Paper))),
        OnboardingTrigger.ReturnDocuments => (DomainKit.Agent, DomainKit.Values(("correctionReason", "Registry copy unreadable"))),
        OnboardingTrigger.Verify => (DomainKit.Agent, DomainKit.Values(("clientCode", "CL-000001"))),
        OnboardingTrigger.SignOff => (Actor.Of("otto", Roles.Agent, Roles.Operations), DomainKit.Values(("signArea", "operations"), ("signComment", "Route 4, Tuesdays"))),
        OnboardingTrigger.Activate => (Actor.System, []),
        OnboardingTrigger.Update => (DomainKit.Agent, DomainKit.Values(("changeSummary", "Twice a week now"), (PendingChange.Proposed, """{"serviceFrequency":"Mon, Thu"}"""))),
        OnboardingTrigger.ApproveChange => (Actor.Of("otto", Roles.Agent, Roles.Operations), []),
        OnboardingTrigger.RejectChange => (Actor.Of("otto", Roles.Agent, Roles.Operations), DomainKit.Values((PendingChange.RejectionReason, "No crew on Thursdays"))),
        OnboardingTrigger.AddStudy => (Security(), DomainKit.Values((PendingChange.Study, OnboardingChecklist.Paper))),
        OnboardingTrigger.Cancel => (DomainKit.Agent, DomainKit.Values(("cancellationForm", OnboardingChecklist.Paper))),
        _ => (DomainKit.Agent, []),
    };

    private static FireResult Fire(OnboardingState state, OnboardingTrigger trigger, Actor actor, Dictionary<string, object?> parameters, Dictionary<string, object?>? dossier = null) =>
        Workflow.Fire(state.ToString(), trigger.ToString(), DomainKit.Context(actor, dossier ?? DossierFor(trigger), parameters));

    [Theory]
    [MemberData(nameof(Moves))]
    public void Every_move_of_the_table_succeeds_for_the_right_person_with_its_parameters(OnboardingState from, OnboardingTrigger trigger, OnboardingState to)
    {
        var (actor, parameters) = CallFor(trigger);

        var result = Fire(from, trigger, actor, parameters);

        Assert.Equal(Refusal.None, result.Refusal);
        Assert.Equal(to.ToString(), result.Destination);
    }

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public void Every_move_not_in_the_table_is_NotPermittedInState(OnboardingState state, OnboardingTrigger trigger)
    {
        var (_, parameters) = CallFor(trigger);

        Assert.Equal(Refusal.NotPermittedInState, Fire(state, trigger, Actor.System, parameters).Refusal);
    }

    [Fact]
    public void The_table_and_the_forbidden_moves_cover_every_state_and_trigger_pair_and_archived_is_final()
    {
        WorkflowAssert.CoversEveryPair(Moves, 15);
        Assert.DoesNotContain(Allowed, m => m.Item1 == OnboardingState.Archived);
        Assert.Equal(["Active", "Archived"], Workflow.DoneStates.Order());
    }

    [Fact]
    public void SubmitDocuments_is_blocked_until_all_nine_documents_are_delivered_and_names_the_rule()
    {
        var partial = CompleteChecklist();
        partial.Remove("shareholdersIds");

        var blocked = Fire(OnboardingState.SaleClosed, OnboardingTrigger.SubmitDocuments, DomainKit.Agent, [], partial);
        var completedInTheSameCall = Fire(OnboardingState.SaleClosed, OnboardingTrigger.SubmitDocuments, DomainKit.Agent,
            DomainKit.Values(("shareholdersIds", OnboardingChecklist.Paper)), partial);

        Assert.Equal(Refusal.Blocked, blocked.Refusal);
        Assert.Equal("ChecklistIncomplete", Assert.Single(blocked.BlockedBy).Key);
        Assert.Equal(Refusal.None, completedInTheSameCall.Refusal);
        Assert.Equal(9, OnboardingChecklist.Documents.Count);
    }

    [Theory]
    [InlineData("on paper")]
    [InlineData("sha256:1234")]
    [InlineData("")]
    public void A_document_is_delivered_only_on_paper_or_with_a_full_SHA256(string value)
    {
        var result = Fire(OnboardingState.SaleClosed, OnboardingTrigger.RecordDocument, DomainKit.Agent, DomainKit.Values(("workOrder", value)), []);

        Assert.Equal(Refusal.Blocked, result.Refusal);
        Assert.Equal("DocumentDeliveryInvalid", Assert.Single(result.BlockedBy).Key);
    }

    [Fact]
    public void Verify_records_who_verified_and_the_client_code()
    {
        var result = Fire(OnboardingState.DocumentsReview, OnboardingTrigger.Verify, Actor.Of("vera", Roles.Agent), DomainKit.Values(("clientCode", "CL-000042")));

        Assert.Equal("vera", result.Changes["verifiedBy"]);
        Assert.Equal("CL-000042", result.Changes["clientCode"]);
    }

    [Fact]
    public void A_signature_writes_who_when_and_the_comment_on_its_line()
    {
        var result = Fire(OnboardingState.AreasNotified, OnboardingTrigger.SignOff, Security(),
            DomainKit.Values(("signArea", "security"), ("signComment", "Site approved"), ("inspectionReport", OnboardingChecklist.Uploaded(Hash))));

        Assert.Equal(Refusal.None, result.Refusal);
        Assert.Equal("sofia", result.Changes["securitySignedBy"]);
        Assert.Equal("Site approved", result.Changes["securityComment"]);
        Assert.Equal("sha256:" + Hash, result.Changes["securityReport"]);
        Assert.Equal(DomainKit.Now, DateTimeOffset.Parse((string)result.Changes["securitySignedAt"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_sign_off_rules_give_one_reason_each()
    {
        var dossier = DossierFor(OnboardingTrigger.SignOff);
        dossier["operationsSignedBy"] = "otto";
        string? Why(Actor actor, string area, object? report = null) => ControlSheet.Refusal(actor, area, n => dossier.GetValueOrDefault(n), report);

        Assert.Equal("SignOffWrongArea", Why(Security(), "operations"));
        Assert.Equal("SignOffByVerifier", Why(Actor.Of("vera", Roles.Agent, Roles.CustomerService), "customerService"));
        Assert.Equal("SignOffAlreadySigned", Why(Actor.Of("olga", Roles.Agent, Roles.Operations), "operations"));
        Assert.Equal("InspectionReportRequired", Why(Security(), "security"));
        Assert.Equal("SignOffUnknownArea", Why(Security(), "kitchen"));
        Assert.Null(Why(Security(), "security", OnboardingChecklist.Paper));
    }

    [Fact]
    public void The_engine_refuses_a_sign_off_that_breaks_a_rule_and_a_user_without_an_area()
    {
        var byVerifier = Fire(OnboardingState.AreasNotified, OnboardingTrigger.SignOff, Actor.Of("vera", Roles.Agent, Roles.Operations),
            DomainKit.Values(("signArea", "operations")));
        var noArea = Fire(OnboardingState.AreasNotified, OnboardingTrigger.SignOff, DomainKit.Manager, DomainKit.Values(("signArea", "operations")));

        Assert.Equal(Refusal.Blocked, byVerifier.Refusal);
        Assert.Equal("SignOffNotAllowed", Assert.Single(byVerifier.BlockedBy).Key);
        Assert.Equal(Refusal.RoleNotAllowed, noArea.Refusal);
    }

    [Fact]
    public void Activate_fires_by_itself_only_when_every_line_is_signed()
    {
        var threeSigned = DossierFor(OnboardingTrigger.Activate);
        threeSigned.Remove("processingRoomSignedBy");

        Assert.Equal(["Activate"], Workflow.AutomaticTriggers);
        Assert.Equal(Refusal.Blocked, Fire(OnboardingState.AreasNotified, OnboardingTrigger.Activate, Actor.System, [], threeSigned).Refusal);
        Assert.Equal(Refusal.RoleNotAllowed, Fire(OnboardingState.AreasNotified, OnboardingTrigger.Activate, DomainKit.Agent, []).Refusal);
    }

    [Fact]
    public void Cancel_needs_the_cancellation_form()
    {
        Assert.Equal(["cancellationForm"], Fire(OnboardingState.Active, OnboardingTrigger.Cancel, DomainKit.Agent, []).MissingFields);
    }

    [Fact]
    public void Dossiers_wait_in_the_documents_queue_then_the_sign_off_queue()
    {
        Assert.Equal("onboarding-documents", QueueCatalog.Default.For("onboarding", "DocumentsReview")?.Key);
        Assert.Equal("onboarding-signoff", QueueCatalog.Default.For("onboarding", "AreasNotified")?.Key);
        Assert.Null(QueueCatalog.Default.For("onboarding", "Archived"));
    }
}
