using OpsBoard.Components.Kit;

namespace OpsBoard.Tests.Components.Kit;

public sealed class StateChipTests : IAsyncDisposable
{
    private readonly KitRenderer kit = new();

    [Theory]
    [InlineData("new", "state-chip-new")]
    [InlineData("active", "state-chip-active")]
    [InlineData("waiting", "state-chip-waiting")]
    [InlineData("done", "state-chip-done")]
    [InlineData("cancelled", "state-chip-cancelled")]
    [InlineData(null, "state-chip-neutral")]
    public async Task The_category_picks_the_colour(string? category, string expectedClass)
    {
        var html = await kit.RenderAsync<StateChip>(("State", "AwaitingPayment"), ("Category", category));

        Assert.Contains(expectedClass, html, StringComparison.Ordinal);
        Assert.Contains(">Awaiting payment<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("operation", "AwaitingPayment", "state-chip-waiting")]
    [InlineData("claim", "Closed", "state-chip-done")]
    [InlineData("operation", "Closed", "state-chip-active")]
    public async Task Given_the_workflow_type_the_workflow_picks_the_colour(string type, string state, string expectedClass)
    {
        var html = await kit.RenderAsync<StateChip>(("State", state), ("Type", type));

        Assert.Contains(expectedClass, html, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => kit.DisposeAsync();
}
