using OpsBoard.Board;

namespace OpsBoard.Tests.Board;

public sealed class BoardRulesTests
{
    [Theory]
    [InlineData("Resolve", "ana", true)]
    [InlineData("LogCall", "bruno", true)]
    [InlineData("Create", "ana", false)]
    [InlineData("Take", "ana", false)]
    [InlineData("Assign", "carla", false)]
    [InlineData("PromiseBroken", "system", false)]
    public void Only_moves_people_make_count_not_creating_taking_or_assigning_nor_the_systems_housekeeping(string trigger, string actor, bool counted) =>
        Assert.Equal(counted, BoardRules.IsCountedMove(trigger, actor));
}
