using OpsBoard.Components.Kit;

namespace OpsBoard.Tests.Components.Kit;

public sealed class MarkupKeeperTests
{
    [Fact]
    public void Two_open_pages_that_draw_the_same_row_hold_one_string_between_them()
    {
        var ana = new MarkupKeeper<long>();
        var bruno = new MarkupKeeper<long>();

        var anas = ana.Keep(7, Row(7, "In review"));
        var brunos = bruno.Keep(7, Row(7, "In review"));

        Assert.Same(anas, brunos);
    }

    [Fact]
    public void A_row_drawn_again_unchanged_is_the_same_string_and_a_changed_one_is_new()
    {
        var page = new MarkupKeeper<long>();
        var first = page.Keep(7, Row(7, "In review"));
        page.Drawn();

        var again = page.Keep(7, Row(7, "In review"));
        page.Drawn();
        var moved = page.Keep(7, Row(7, "Approved"));

        Assert.Same(first, again);
        Assert.NotSame(first, moved);
        Assert.Contains("Approved", moved, StringComparison.Ordinal);
    }

    // Built at run time, so equal texts start out as different strings, as two pages' renders would make them.
    private static string Row(long id, string state) => string.Concat("<tr data-key=\"", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "\"><td>", state, "</td></tr>");
}
