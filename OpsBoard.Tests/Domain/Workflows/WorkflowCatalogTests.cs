using OpsBoard.Domain.Workflows;

namespace OpsBoard.Tests.Domain.Workflows;

public class WorkflowCatalogTests
{
    [Fact]
    public void The_default_catalog_holds_operation_story_claim_collection_onboarding_and_order()
    {
        Assert.Equal(["claim", "collection", "onboarding", "operation", "order", "story"], WorkflowCatalog.Default.All.Select(w => w.Type).Order());
    }

    [Theory]
    [InlineData("operation")]
    [InlineData("Operation")]
    [InlineData("STORY")]
    [InlineData("claim")]
    public void Workflows_are_found_by_type_whatever_the_case(string type)
    {
        var workflow = WorkflowCatalog.Default.Find(type);

        Assert.NotNull(workflow);
        Assert.Equal(type, workflow.Type, ignoreCase: true);
    }

    [Fact]
    public void An_unknown_type_is_not_found_and_Get_throws()
    {
        Assert.Null(WorkflowCatalog.Default.Find("nope"));
        Assert.Null(WorkflowCatalog.Default.Find(null));
        Assert.Throws<KeyNotFoundException>(() => WorkflowCatalog.Default.Get("nope"));
    }
}
