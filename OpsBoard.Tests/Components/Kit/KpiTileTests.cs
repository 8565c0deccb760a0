using OpsBoard.Components.Kit;

namespace OpsBoard.Tests.Components.Kit;

public sealed class KpiTileTests : IAsyncDisposable
{
    private readonly KitRenderer kit = new();

    [Theory]
    [InlineData("ok", "kpi-ok")]
    [InlineData("warn", "kpi-warn")]
    [InlineData("danger", "kpi-danger")]
    [InlineData("neutral", "kpi-neutral")]
    [InlineData("DANGER", "kpi-danger")]
    [InlineData("bogus", "kpi-neutral")]
    public async Task The_level_sets_the_tile_class(string level, string expectedClass)
    {
        var html = await kit.RenderAsync<KpiTile>(("Label", "Open"), ("Value", 12), ("Level", level));

        Assert.Contains($"kpi-tile {expectedClass}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Label_value_and_sub_text_are_shown()
    {
        var html = await kit.RenderAsync<KpiTile>(("Label", "Breached"), ("Value", 7), ("Sub", "+2 today"));

        Assert.Contains(">Breached<", html, StringComparison.Ordinal);
        Assert.Contains(">7<", html, StringComparison.Ordinal);
        Assert.Contains(">+2 today<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Numbers_are_formatted_in_the_current_culture()
    {
        await using var pt = new KitRenderer("pt-BR");

        var html = await pt.RenderAsync<KpiTile>(("Label", "Vazão"), ("Value", 1234.5m), ("Format", "N1"));

        Assert.Contains(">1.234,5<", html, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => kit.DisposeAsync();
}
