using Bunit;
using OpsBoard.Collections.Goals;
using OpsBoard.Components.Pages.Wallboard;
using OpsBoard.Live;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Wallboard;

public sealed class CollectionsPanelTests : WallboardTestContext
{
    [Theory]
    [InlineData("en", 8620.00, "R$8,620.00")]
    [InlineData("en", 1234567.89, "R$1,234,567.89")]
    [InlineData("pt-BR", 8620.00, "R$ 8.620,00")]
    [InlineData("pt-BR", 1234567.89, "R$ 1.234.567,89")]
    public void The_amount_recovered_today_shows_every_digit_with_its_currency_in_the_readers_culture(string culture, double amount, string expected)
    {
        Desk.Apply(new ItemChanged(1, "collection", "PaymentReceived", "Promised", "Paid", 2, "bruno", "bruno", Now, null)
        {
            Changes = new Dictionary<string, object?> { ["paymentAmount"] = (decimal)amount },
        });
        using var _ = new UiCulture(culture);

        var panel = Render<CollectionsPanel>();

        Assert.Equal(expected, Normalize(panel.Find("[data-test=recovered-today] .kpi-value").TextContent));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pt-BR")]
    [InlineData("es")]
    [InlineData("ru")]
    public void Every_sub_value_under_a_tile_has_its_label(string culture)
    {
        using var _ = new UiCulture(culture);

        var panel = Render<CollectionsPanel>();

        var subs = panel.FindAll("[data-test=kpi-sub]");
        Assert.Equal(2, subs.Count);
        Assert.All(subs, sub => Assert.False(string.IsNullOrWhiteSpace(sub.QuerySelector(".kpi-sub-label")?.TextContent)));
        Assert.StartsWith(culture == "en" ? "promised" : culture == "ru" ? "обещано" : "prometido",
            panel.Find("[data-test=promises-due] [data-test=kpi-sub]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_desk_table_shows_each_analysts_progress_toward_their_goal_of_the_month_and_a_dash_without_one()
    {
        var goal = RecoveryGoal.For(new DateOnly(2026, 12, 1), "bruno");
        goal.Set(4000m, "diego", Now);
        Store(goal);
        Desk.Apply(new ItemChanged(1, "collection", "LogCall", "Assigned", "Contacting", 2, "bruno", "bruno", Now, null));
        Desk.Apply(new ItemChanged(2, "collection", "LogCall", "Assigned", "Contacting", 2, "ana", "ana", Now, null));
        using var _ = new UiCulture("en");

        var panel = Render<CollectionsPanel>();

        var bruno = panel.Find("tr[data-agent=bruno] [data-test=agent-goal]");
        Assert.Equal("0%", Normalize(bruno.TextContent));
        Assert.Equal("R$0.00 / R$4,000.00", Normalize(bruno.GetAttribute("title") ?? string.Empty));
        Assert.Equal("—", Normalize(panel.Find("tr[data-agent=ana] [data-test=agent-goal]").TextContent));
    }

    private static string Normalize(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ').Trim();
}
