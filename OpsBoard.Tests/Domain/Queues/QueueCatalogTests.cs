using OpsBoard.Domain.Queues;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Tests.Domain.Queues;

public class QueueCatalogTests
{
    [Fact]
    public void Every_state_until_done_lies_in_exactly_one_queue_and_done_states_in_none()
    {
        foreach (var workflow in WorkflowCatalog.Default.All)
        {
            foreach (var state in workflow.States)
            {
                var queues = QueueCatalog.Default.All.Count(q => q.Contains(workflow.Type, state));
                Assert.Equal(workflow.DoneStates.Contains(state) ? 0 : 1, queues);
            }
        }
    }

    [Fact]
    public void Every_queue_names_a_real_workflow_and_real_states()
    {
        foreach (var queue in QueueCatalog.Default.All)
        {
            var workflow = WorkflowCatalog.Default.Get(queue.WorkflowType);
            Assert.All(queue.States, s => Assert.True(workflow.IsState(s), $"{queue.Key}: {s}"));
        }
        Assert.Equal(QueueCatalog.Default.All.Count, QueueCatalog.Default.All.Select(q => q.Key).Distinct().Count());
    }

    [Fact]
    public void An_item_is_found_in_its_queue_by_type_and_state()
    {
        Assert.Equal("operations-broker", QueueCatalog.Default.For("operation", "AtBroker")?.Key);
        Assert.Equal("stories-broker", QueueCatalog.Default.For("Story", "AtBroker")?.Key);
        Assert.Equal("claims", QueueCatalog.Default.For("claim", "Resolved")?.Key);
        Assert.Equal("collections", QueueCatalog.Default.For("collection", "Promised")?.Key);
        Assert.Equal("collections-escalated", QueueCatalog.Default.For("collection", "Escalated")?.Key);
        Assert.Null(QueueCatalog.Default.For("collection", "Paid"));
        Assert.Null(QueueCatalog.Default.For("operation", "Settled"));
        Assert.Equal("Claims", QueueCatalog.Default.Find("claims")?.Name);
        Assert.Null(QueueCatalog.Default.Find("nope"));
    }

    [Fact]
    public void Those_who_oversee_see_every_queue_dossiers_are_for_their_areas_the_warehouse_hand_off_for_the_warehouse_and_legal_cases_for_leads()
    {
        var all = QueueCatalog.Default.All.Select(q => q.Key).ToList();
        var kept = new[] { "onboarding-documents", "onboarding-signoff", "collections-escalated", "orders-warehouse" };
        foreach (var role in new[] { OpsBoard.Domain.Roles.Lead, OpsBoard.Domain.Roles.Manager, OpsBoard.Domain.Roles.Admin })
        {
            Assert.Equal(all, QueueCatalog.Default.VisibleTo(OpsBoard.Domain.Engine.Actor.Of("someone", role)).Select(q => q.Key));
        }
        Assert.Equal(all.Except(kept), QueueCatalog.Default.VisibleTo(DomainKit.Agent).Select(q => q.Key));
        var responder = OpsBoard.Domain.Engine.Actor.Of("sofia", OpsBoard.Domain.Roles.Agent, OpsBoard.Domain.Roles.Security);
        Assert.Equal(all.Except(["collections-escalated", "orders-warehouse"]), QueueCatalog.Default.VisibleTo(responder).Select(q => q.Key));
        Assert.Empty(QueueCatalog.Default.VisibleTo(OpsBoard.Domain.Engine.Actor.Of("nobody")));
    }
}
