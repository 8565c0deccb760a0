using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Tests.Items;

public sealed class StateCategoriesTests
{
    [Theory]
    [InlineData("operation", "Received", "new")]
    [InlineData("operation", "AwaitingPayment", "waiting")]
    [InlineData("operation", "AtBroker", "waiting")]
    [InlineData("operation", "PaymentReview", "active")]
    [InlineData("operation", "Settled", "done")]
    [InlineData("operation", "Cancelled", "cancelled")]
    [InlineData("story", "PendingDocuments", "waiting")]
    [InlineData("story", "Rejected", "cancelled")]
    [InlineData("claim", "Investigating", "active")]
    [InlineData("claim", "Closed", "done")]
    [InlineData("claim", "NoSuchState", "neutral")]
    [InlineData("nosuchtype", "Received", "neutral")]
    public void A_state_is_coloured_by_where_it_sits_in_its_workflow(string type, string state, string expected) =>
        Assert.Equal(expected, StateCategories.Of(WorkflowCatalog.Default, type, state));
}
