using Bunit;
using OpsBoard.Components.Kit;

namespace OpsBoard.Tests.Components.Kit;

public sealed class StateChipTests : MudComponentTest
{
    [Theory]
    [InlineData("new", "mud-chip-color-info")]
    [InlineData("active", "mud-chip-color-primary")]
    [InlineData("waiting", "mud-chip-color-warning")]
    [InlineData("done", "mud-chip-color-success")]
    [InlineData("cancelled", "mud-chip-color-default")]
    [InlineData(null, "mud-chip-color-default")]
    public void The_category_picks_the_colour_of_a_MudBlazor_chip(string? category, string expectedClass)
    {
        var chip = Render<StateChip>(p => p.Add(c => c.State, "AwaitingPayment").Add(c => c.Category, category));

        var root = chip.Find(".mud-chip");
        Assert.Contains(expectedClass, root.ClassList);
        Assert.Equal("AwaitingPayment", root.GetAttribute("data-state"));
        Assert.Equal("Awaiting payment", root.TextContent.Trim());
    }

    [Theory]
    [InlineData("operation", "AwaitingPayment", "state-chip-waiting")]
    [InlineData("claim", "Closed", "state-chip-done")]
    [InlineData("operation", "Closed", "state-chip-active")]
    public void Given_the_workflow_type_the_workflow_picks_the_colour(string type, string state, string expectedClass)
    {
        var chip = Render<StateChip>(p => p.Add(c => c.State, state).Add(c => c.Type, type));

        Assert.Contains(expectedClass, chip.Find(".mud-chip").ClassList);
    }
}
