namespace OpsBoard.Domain.Queues;

/// <summary>The desks' queues. An item sits in at most one queue at a time, decided by its type and state.</summary>
public sealed class QueueCatalog
{
    public QueueCatalog(IReadOnlyList<QueueDefinition> queues) => All = queues;

    public static QueueCatalog Default { get; } = new(
    [
        Queue("operations-intake", "Operations: intake and payment", "operation", "Received", "AwaitingPayment", "PaymentReview"),
        Queue("operations-closing", "Operations: closing", "operation", "ReadyToClose"),
        Queue("operations-broker", "Operations: broker and settlement", "operation", "Closed", "AtBroker", "Returned"),
        Queue("operations-refunds", "Operations: refunds", "operation", "RefundPending"),
        Queue("stories-review", "Stories: review", "story", "Received", "InReview", "PendingDocuments"),
        Queue("stories-broker", "Stories: broker approval", "story", "ReadyToSend", "AtBroker"),
        Queue("claims", "Claims", "claim", "Registered", "Investigating", "AwaitingEvidence", "Resolved"),
        Queue("onboarding-documents", "Onboarding: documents", "onboarding", "SaleClosed", "DocumentsReview") with { Roles = DossierDesk },
        Queue("onboarding-signoff", "Onboarding: area sign-off", "onboarding", "AreasNotified") with { Roles = DossierDesk },
        Queue("collections", "Collections: portfolio", "collection", "Assigned", "Contacting", "Promised", "InAgreement"),
        Queue("collections-escalated", "Collections: legal and veto", "collection", "Escalated") with { Roles = Overseers },
        Queue("orders", "Orders: desk", "order", "Received", "AwaitingConfirmation", "Confirmed", "Shipped", "Delivered"),
        Queue("orders-warehouse", "Orders: warehouse hand-off", "order", "AtWarehouse", "Picked") with { Roles = [.. Overseers, Roles.Warehouse] },
    ]);

    // A client's file with identity documents is worked by the areas it goes to; legal and veto cases by leads; picking by the warehouse.
    private static IReadOnlyList<string> Overseers => [Roles.Lead, Roles.Manager, Roles.Admin];

    private static IReadOnlyList<string> DossierDesk => [.. Overseers, .. Roles.Areas];

    public IReadOnlyList<QueueDefinition> All { get; }

    public QueueDefinition? Find(string key) => All.FirstOrDefault(q => q.Key == key);

    public QueueDefinition? For(string workflowType, string state) => All.FirstOrDefault(q => q.Contains(workflowType, state));

    public IEnumerable<QueueDefinition> VisibleTo(Engine.Actor actor) => All.Where(q => actor.IsInAnyRole(q.Roles));

    private static QueueDefinition Queue(string key, string name, string type, params string[] states) =>
        new(key, name, type, states.ToHashSet(), Roles.All);
}
