using OpsBoard.Collections;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Tests.Collections;

public class CallPaceTests
{
    private static readonly BusinessCalendar Calendar = new(new BusinessCalendarOptions { TimeZone = "America/Sao_Paulo", Holidays = [new DateOnly(2026, 12, 25)] });

    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(-3));

    [Theory]
    [InlineData(18, 8, 0)]
    [InlineData(18, 9, 0)]
    [InlineData(18, 12, 100)]
    [InlineData(18, 13, 133)]
    [InlineData(18, 18, 300)]
    [InlineData(18, 23, 300)]
    public void By_a_time_of_a_working_day_the_share_of_the_day_gone_is_expected(int day, int hour, int expected)
    {
        Assert.Equal(expected, CallPace.ExpectedBy(Local(day, hour), 300, Calendar));
    }

    [Fact]
    public void Nothing_is_expected_on_a_weekend_or_a_holiday()
    {
        Assert.Equal(0, CallPace.ExpectedBy(Local(22, 15), 300, Calendar));
        Assert.Equal(0, CallPace.ExpectedBy(new DateTimeOffset(2026, 12, 25, 15, 0, 0, TimeSpan.FromHours(-3)), 300, Calendar));
    }

    [Theory]
    [InlineData(150, 150, Pace.OnPace)]
    [InlineData(164, 150, Pace.OnPace)]
    [InlineData(165, 150, Pace.Ahead)]
    [InlineData(136, 150, Pace.OnPace)]
    [InlineData(135, 150, Pace.Behind)]
    [InlineData(0, 0, Pace.OnPace)]
    public void Within_five_percent_of_the_target_of_what_is_expected_is_on_pace(int calls, int expected, Pace pace)
    {
        Assert.Equal(pace, CallPace.Of(calls, expected, 300));
    }

    [Fact]
    public void A_team_member_gets_the_teams_target_and_anyone_else_the_desks()
    {
        var options = new CollectionsOptions { DailyCallTarget = 280, Teams = { ["night"] = new() { Members = ["Bruno"], DailyCallTarget = 150 } } };

        Assert.Equal(150, options.TargetFor("bruno"));
        Assert.Equal(280, options.TargetFor("ana"));
        Assert.Equal(300, new CollectionsOptions().TargetFor("ana"));
    }
}
