using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Sla;
using Stateless;

namespace OpsBoard.Domain.Workflows.Onboarding;

public enum OnboardingState
{
    SaleClosed, DocumentsReview, AreasNotified, Active, Archived,
}

public enum OnboardingTrigger
{
    RecordDocument, SubmitDocuments, ReturnDocuments, Verify, SignOff, Activate, Update, Cancel, ApproveChange, RejectChange, AddStudy,
}

/// <summary>A new client's dossier: documents, verification with a unique code, and every area's sign-off.</summary>
public static class OnboardingWorkflow
{
    public const string Type = "onboarding";

    /// <summary>Client details an Update may change once the client is active.</summary>
    public static IReadOnlyList<string> ServiceDetails { get; } =
        ["address", "serviceFrequency", "servicesRequested", "conditions", "contactEmail", "moneyProcessing"];

    /// <summary>The languages a client may be written to in; without one, the team's. Declared before the fields, which use it.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "pt-BR", "es", "ru"];

    public static IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        new("client", FieldType.Text, RequiredOnCreate: true) { MaxLength = FieldLimits.ShortText },
        new("address", FieldType.Text),
        new("serviceFrequency", FieldType.Text),
        new("servicesRequested", FieldType.Text),
        new("conditions", FieldType.Text),
        new("contactEmail", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("moneyProcessing", FieldType.Boolean),
        .. OnboardingChecklist.Documents.Select(d => new FieldDefinition(d, FieldType.Text)),
        new("correctionReason", FieldType.Text),
        new("clientCode", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("verifiedBy", FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new("signArea", FieldType.Choice, Choices: ControlSheet.Areas),
        new("signComment", FieldType.Text),
        new("inspectionReport", FieldType.Text),
        .. ControlSheet.Areas.SelectMany(a => new FieldDefinition[]
        {
            new(ControlSheet.SignedBy(a), FieldType.Text), new(ControlSheet.SignedAt(a), FieldType.Text), new(ControlSheet.Comment(a), FieldType.Text),
        }),
        new(ControlSheet.SecurityReport, FieldType.Text),
        new("changeSummary", FieldType.Text),
        new("cancellationForm", FieldType.Text),
        new("language", FieldType.Choice, Choices: Languages),
        new(PendingChange.Proposed, FieldType.Text) { RawJson = true },
        new(PendingChange.StudyNeeded, FieldType.Boolean),
        new(PendingChange.RequestedBy, FieldType.Text) { MaxLength = FieldLimits.ShortText },
        new(PendingChange.Study, FieldType.Text),
        new(PendingChange.RejectionReason, FieldType.Text),
    ];


    public static Workflow<OnboardingState, OnboardingTrigger> Create()
    {
        var policies = new TriggerPolicies<OnboardingTrigger>();
        policies.For(OnboardingTrigger.RecordDocument).Optional([.. OnboardingChecklist.Documents]);
        policies.For(OnboardingTrigger.SubmitDocuments).Optional([.. OnboardingChecklist.Documents]);
        policies.For(OnboardingTrigger.ReturnDocuments).Requires("correctionReason");
        policies.For(OnboardingTrigger.Verify).Requires("clientCode");
        policies.For(OnboardingTrigger.SignOff).AllowedFor([.. Roles.Areas]).Requires("signArea").Optional("signComment", "inspectionReport");
        // Nobody fires Activate by hand in practice: the last signature fires it, as the system.
        policies.For(OnboardingTrigger.Activate).AllowedFor(Roles.Admin);
        // An Update only proposes: Operations approves it (after a new Security study when needed) before it applies.
        policies.For(OnboardingTrigger.Update).Requires("changeSummary", PendingChange.Proposed).Optional(PendingChange.StudyNeeded);
        policies.For(OnboardingTrigger.ApproveChange).AllowedFor(Roles.Operations);
        policies.For(OnboardingTrigger.RejectChange).AllowedFor(Roles.Operations).Requires(PendingChange.RejectionReason);
        policies.For(OnboardingTrigger.AddStudy).AllowedFor(Roles.Security).Requires(PendingChange.Study);
        policies.For(OnboardingTrigger.Cancel).Requires("cancellationForm");

        var sla = new Dictionary<OnboardingState, SlaRule>
        {
            [OnboardingState.SaleClosed] = SlaRule.Days(2),
            [OnboardingState.DocumentsReview] = SlaRule.Days(1),
            [OnboardingState.AreasNotified] = SlaRule.Days(3),
        };
        return new(Type, OnboardingState.SaleClosed, Configure, policies, Fields, [OnboardingState.Active, OnboardingState.Archived], sla,
            [OnboardingTrigger.Activate]);
    }

    private static void Configure(StateMachine<OnboardingState, OnboardingTrigger> m, TransitionContext c)
    {
        m.Configure(OnboardingState.SaleClosed)
            .PermitReentryIf(OnboardingTrigger.RecordDocument, () => DeliversDocuments(c), "DocumentDeliveryInvalid")
            .PermitIf(OnboardingTrigger.SubmitDocuments, OnboardingState.DocumentsReview, () => ChecklistComplete(c), "ChecklistIncomplete")
            .Permit(OnboardingTrigger.Cancel, OnboardingState.Archived);
        m.Configure(OnboardingState.DocumentsReview)
            .PermitReentryIf(OnboardingTrigger.RecordDocument, () => DeliversDocuments(c), "DocumentDeliveryInvalid")
            .Permit(OnboardingTrigger.ReturnDocuments, OnboardingState.SaleClosed)
            .PermitIf(OnboardingTrigger.Verify, OnboardingState.AreasNotified, () => ChecklistComplete(c), "ChecklistIncomplete")
            .Permit(OnboardingTrigger.Cancel, OnboardingState.Archived);
        m.Configure(OnboardingState.AreasNotified)
            .OnEntryFrom(OnboardingTrigger.Verify, () => c.Set("verifiedBy", c.Actor.UserName))
            .PermitReentryIf(OnboardingTrigger.SignOff, () => MaySign(c), "SignOffNotAllowed")
            .OnEntryFrom(OnboardingTrigger.SignOff, () => Sign(c))
            .PermitIf(OnboardingTrigger.Activate, OnboardingState.Active, () => ControlSheet.AllSigned(c.Field), "AreasNotAllSigned")
            .Permit(OnboardingTrigger.Cancel, OnboardingState.Archived);
        m.Configure(OnboardingState.Active)
            .PermitReentryIf(OnboardingTrigger.Update,
                Tuple.Create<Func<bool>, string>(() => !PendingChange.IsPending(c.ItemFields.GetValueOrDefault), "ChangeAlreadyPending"),
                Tuple.Create<Func<bool>, string>(() => PendingChange.Parse(c.Field(PendingChange.Proposed)) is not null, "ChangeInvalid"))
            .OnEntryFrom(OnboardingTrigger.Update, () => PendingChange.Request(c))
            .PermitReentryIf(OnboardingTrigger.AddStudy,
                Tuple.Create<Func<bool>, string>(() => PendingChange.AwaitsStudy(c.Field), "NoStudyAwaited"),
                Tuple.Create<Func<bool>, string>(() => OnboardingChecklist.IsDelivery(c.Field(PendingChange.Study)), "DocumentDeliveryInvalid"))
            .PermitReentryIf(OnboardingTrigger.ApproveChange,
                Tuple.Create<Func<bool>, string>(() => PendingChange.IsPending(c.Field), "NoChangePending"),
                Tuple.Create<Func<bool>, string>(() => PendingChange.StudyDone(c.Field), "ChangeStudyRequired"))
            .OnEntryFrom(OnboardingTrigger.ApproveChange, () => PendingChange.Apply(c))
            .PermitReentryIf(OnboardingTrigger.RejectChange, () => PendingChange.IsPending(c.Field), "NoChangePending")
            .OnEntryFrom(OnboardingTrigger.RejectChange, () => PendingChange.Close(c))
            .Permit(OnboardingTrigger.Cancel, OnboardingState.Archived);
    }

    private static bool DeliversDocuments(TransitionContext c) =>
        c.Parameters.Count > 0 && c.Parameters.Values.All(OnboardingChecklist.IsDelivery);

    private static bool ChecklistComplete(TransitionContext c) =>
        c.Parameters.Where(p => OnboardingChecklist.IsDocument(p.Key)).All(p => OnboardingChecklist.IsDelivery(p.Value))
        && OnboardingChecklist.IsComplete(c.Field);

    private static bool MaySign(TransitionContext c) =>
        ControlSheet.Refusal(c.Actor, c.Field("signArea") as string, c.Field, c.Parameters.GetValueOrDefault("inspectionReport")) is null;

    private static void Sign(TransitionContext c)
    {
        var area = (string)c.Field("signArea")!;
        c.Set(ControlSheet.SignedBy(area), c.Actor.UserName);
        c.Set(ControlSheet.SignedAt(area), c.Now.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        c.Set(ControlSheet.Comment(area), c.Parameters.GetValueOrDefault("signComment") as string ?? string.Empty);
        if (area == ControlSheet.Security)
        {
            c.Set(ControlSheet.SecurityReport, c.Parameters["inspectionReport"]);
        }
    }
}
