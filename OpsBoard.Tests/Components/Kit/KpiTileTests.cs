using Bunit;
using OpsBoard.Components.Kit;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Kit;

public sealed class KpiTileTests : MudComponentTest
{
    [Theory]
    [InlineData("ok", "kpi-ok")]
    [InlineData("warn", "kpi-warn")]
    [InlineData("danger", "kpi-danger")]
    [InlineData("neutral", "kpi-neutral")]
    [InlineData("DANGER", "kpi-danger")]
    [InlineData("bogus", "kpi-neutral")]
    public void The_level_sets_the_tiles_colour_class(string level, string expectedClass)
    {
        var tile = Render<KpiTile>(p => p.Add(t => t.Label, "Open").Add(t => t.Value, 12).Add(t => t.Level, level));

        Assert.Contains(expectedClass, tile.Find(".kpi-tile").ClassList);
    }

    [Fact]
    public void The_tile_is_a_named_group_with_its_label_value_and_labelled_sub_value()
    {
        var tile = Render<KpiTile>(p => p.Add(t => t.Label, "Promises due today").Add(t => t.Value, 9)
            .Add(t => t.SubLabel, "promised").Add(t => t.Sub, "R$10,018.00"));

        Assert.Equal("Promises due today", tile.Find("[role=group]").GetAttribute("aria-label"));
        Assert.Equal("9", tile.Find(".kpi-value").TextContent);
        Assert.Equal("promised", tile.Find(".kpi-sub-label").TextContent);
        Assert.Equal("R$10,018.00", tile.Find(".kpi-sub-value").TextContent);
    }

    [Theory]
    [InlineData("en", 8620.00, "8,620.00")]
    [InlineData("en", 1234567.89, "1,234,567.89")]
    [InlineData("pt-BR", 8620.00, "8.620,00")]
    [InlineData("pt-BR", 1234567.89, "1.234.567,89")]
    public void A_big_amount_is_shown_with_every_digit_and_sized_by_its_length(string culture, double amount, string digits)
    {
        using var _ = new UiCulture(culture);

        var tile = Render<KpiTile>(p => p.Add(t => t.Label, "Recovered today").Add(t => t.Value, 1m * (decimal)amount).Add(t => t.Format, "N2"));

        var value = tile.Find(".kpi-value");
        Assert.Equal(digits, value.TextContent);
        // The CSS shares the tile's width among this many characters, so the whole number fits instead of being cut.
        Assert.Contains($"--kpi-chars: {digits.Length}", value.GetAttribute("style"), StringComparison.Ordinal);
    }
}
