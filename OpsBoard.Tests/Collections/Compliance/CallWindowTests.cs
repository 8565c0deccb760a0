using OpsBoard.Collections.Compliance;

namespace OpsBoard.Tests.Collections.Compliance;

public sealed class CallWindowTests
{
    private static readonly TimeZoneInfo SaoPaulo = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");

    private static readonly CallWindow Window = new(new ComplianceOptions
    {
        Enabled = true,
        CallDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
        MaxAttemptsPerDay = 3,
    });

    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(-3));

    [Theory]
    [InlineData(3, 7, 59, 3, 8)] // Thursday before the window: the same morning
    [InlineData(3, 20, 0, 4, 8)] // Thursday at closing: the next morning
    [InlineData(5, 21, 0, 7, 8)] // Saturday evening: Sunday is no calling day, so Monday
    [InlineData(6, 10, 0, 7, 8)] // Sunday
    public void A_call_outside_the_window_is_refused_until_the_next_opening(int day, int hour, int minute, int nextDay, int nextHour)
    {
        var (reason, next) = Window.Check(Local(day, hour, minute), SaoPaulo, 0);

        Assert.Equal(CallCheck.OutsideWindow, reason);
        Assert.Equal(Local(nextDay, nextHour), next);
    }

    [Fact]
    public void Inside_the_window_the_days_attempts_decide()
    {
        Assert.Equal((null, null), Window.Check(Local(3, 19, 59), SaoPaulo, 2));
        Assert.Equal((CallCheck.AttemptsExceeded, Local(4, 8)), Window.Check(Local(3, 8), SaoPaulo, 3));
    }

    [Fact]
    public void The_last_open_moment_is_now_inside_the_window_and_the_last_closing_outside_it()
    {
        Assert.Equal(Local(3, 11), Window.LastOpen(Local(3, 11), SaoPaulo));
        Assert.Equal(Local(2, 19, 59), Window.LastOpen(Local(3, 5), SaoPaulo));
        Assert.Equal(Local(3, 19, 59), Window.LastOpen(Local(3, 23), SaoPaulo));
        Assert.Equal(Local(5, 19, 59), Window.LastOpen(Local(6, 12), SaoPaulo));
    }
}
