using OpsBoard.Components.Kit;

namespace OpsBoard.Tests.Components.Kit;

public sealed class SlaBadgeTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 14, 0, 0, TimeSpan.Zero);
    private readonly KitRenderer kit = new(time: new ManualTimeProvider(Now));

    [Fact]
    public async Task A_passed_deadline_shows_a_negative_countdown_and_the_breached_class()
    {
        var html = await kit.RenderAsync<SlaBadge>(("DueAt", (DateTimeOffset?)Now.AddMinutes(-65)), ("Status", "breached"));

        Assert.Contains("sla-breached", html, StringComparison.Ordinal);
        Assert.Contains(">-1h 05m<", html, StringComparison.Ordinal);
        Assert.Contains("Breached", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_near_breach_status_shows_the_near_breach_class()
    {
        var html = await kit.RenderAsync<SlaBadge>(("DueAt", (DateTimeOffset?)Now.AddMinutes(135)), ("Status", "nearBreach"));

        Assert.Contains("sla-nearBreach", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sla-breached", html, StringComparison.Ordinal);
        Assert.Contains(">2h 15m<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ok_item_whose_deadline_has_passed_on_screen_is_shown_as_breached()
    {
        var html = await kit.RenderAsync<SlaBadge>(("DueAt", (DateTimeOffset?)Now.AddMinutes(-5)), ("Status", "ok"));

        Assert.Contains("sla-breached", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_deadline_nothing_is_rendered()
    {
        var html = await kit.RenderAsync<SlaBadge>(("DueAt", (DateTimeOffset?)null), ("Status", "ok"));

        Assert.Equal("", html.Trim());
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
        Assert.Equal(expected, SlaBadge.FormatRemaining(TimeSpan.FromMinutes(minutes)));

    public ValueTask DisposeAsync() => kit.DisposeAsync();
}
