using Bunit;
using OpsBoard.Components.Kit;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Kit;

public sealed class SlaBadgeTests() : MudComponentTest(new TestClock(Now))
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_passed_deadline_shows_a_negative_countdown_on_a_solid_error_chip()
    {
        var badge = Render<SlaBadge>(p => p.Add(b => b.DueAt, Now.AddMinutes(-65)).Add(b => b.Status, "breached"));

        var chip = badge.Find(".mud-chip");
        Assert.Contains("mud-chip-filled", chip.ClassList);
        Assert.Contains("mud-chip-color-error", chip.ClassList);
        Assert.Equal("breached", chip.GetAttribute("data-sla"));
        Assert.Equal("-1h 05m", badge.Find(".sla-countdown").TextContent);
        Assert.Equal("Breached", badge.Find(".sla-status").TextContent);
    }

    [Fact]
    public void A_near_breach_status_shows_a_solid_warning_chip()
    {
        var badge = Render<SlaBadge>(p => p.Add(b => b.DueAt, Now.AddMinutes(135)).Add(b => b.Status, "nearBreach"));

        var chip = badge.Find(".mud-chip");
        Assert.Contains("mud-chip-color-warning", chip.ClassList);
        Assert.Equal("nearBreach", chip.GetAttribute("data-sla"));
        Assert.Equal("2h 15m", badge.Find(".sla-countdown").TextContent);
    }

    [Fact]
    public void An_item_on_time_gets_a_quiet_success_chip()
    {
        var badge = Render<SlaBadge>(p => p.Add(b => b.DueAt, Now.AddHours(5)).Add(b => b.Status, "ok"));

        var chip = badge.Find(".mud-chip");
        Assert.Contains("mud-chip-color-success", chip.ClassList);
        Assert.DoesNotContain("mud-chip-filled", chip.ClassList);
    }

    [Fact]
    public void An_ok_item_whose_deadline_has_passed_on_screen_is_shown_as_breached()
    {
        var badge = Render<SlaBadge>(p => p.Add(b => b.DueAt, Now.AddMinutes(-5)).Add(b => b.Status, "ok"));

        Assert.Equal("breached", badge.Find(".mud-chip").GetAttribute("data-sla"));
    }

    [Fact]
    public void Without_a_deadline_nothing_is_rendered()
    {
        var badge = Render<SlaBadge>(p => p.Add(b => b.DueAt, null).Add(b => b.Status, "ok"));

        Assert.Equal("", badge.Markup.Trim());
    }

    [Theory]
    [InlineData(135, "2h 15m")]
    [InlineData(-65, "-1h 05m")]
    [InlineData(45, "45m")]
    [InlineData(0.5, "0m")]
    [InlineData(-0.5, "0m")]
    [InlineData(1680, "1d 04h")]
    [InlineData(-3000, "-2d 02h")]
    public void The_countdown_reads_in_days_hours_and_minutes(double minutes, string expected) =>
        Assert.Equal(expected, SlaLook.FormatRemaining(TimeSpan.FromMinutes(minutes)));
}
