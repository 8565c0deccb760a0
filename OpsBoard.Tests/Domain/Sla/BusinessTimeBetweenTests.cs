using OpsBoard.Domain.Sla;

namespace OpsBoard.Tests.Domain.Sla;

public class BusinessTimeBetweenTests
{
    private static readonly TimeSpan Brt = TimeSpan.FromHours(-3);

    // April 2025: Friday 18 (Good Friday) and Monday 21 (Tiradentes) are holidays.
    private static readonly BusinessCalendar Calendar = new(new BusinessCalendarOptions
    {
        TimeZone = "America/Sao_Paulo",
        Holidays = [new DateOnly(2025, 4, 18), new DateOnly(2025, 4, 21)],
    });

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2025, 4, day, hour, minute, 0, Brt);

    [Fact]
    public void Time_within_one_working_day_counts_as_it_is()
    {
        Assert.Equal(TimeSpan.FromMinutes(150), Calendar.BusinessTimeBetween(At(14, 10), At(14, 12, 30)));
    }

    [Fact]
    public void A_span_over_a_holiday_and_a_weekend_counts_only_the_working_hours_on_either_side()
    {
        // Thursday 16:00 to Tuesday 11:00: two hours on Thursday, two on Tuesday; Friday to Monday is off.
        Assert.Equal(TimeSpan.FromHours(4), Calendar.BusinessTimeBetween(At(17, 16), At(22, 11)));
    }

    [Fact]
    public void Nights_weekends_and_holidays_alone_are_no_business_time()
    {
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(At(14, 18), At(15, 9)));
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(At(17, 18), At(22, 9)));
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(At(14, 19), At(14, 23)));
    }

    [Fact]
    public void A_span_that_does_not_go_forward_is_no_time()
    {
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(At(15, 12), At(14, 12)));
        Assert.Equal(TimeSpan.Zero, Calendar.BusinessTimeBetween(At(15, 12), At(15, 12)));
    }

    [Theory]
    [InlineData(14, 10, 3)]
    [InlineData(17, 16, 11)]
    [InlineData(17, 20, 9)]
    [InlineData(19, 12, 20)]
    public void Adding_the_business_time_between_two_instants_reaches_the_later_one_when_it_is_working_time(int day, int hour, double hours)
    {
        var start = At(day, hour);
        var end = Calendar.Add(start, TimeSpan.FromHours(hours));

        Assert.Equal(TimeSpan.FromHours(hours), Calendar.BusinessTimeBetween(start, end));
    }

    [Fact]
    public void Business_time_is_counted_on_the_teams_wall_clock_across_a_daylight_saving_change()
    {
        var berlin = new BusinessCalendar(new BusinessCalendarOptions { TimeZone = "Europe/Berlin" });
        // Friday 28 March 2025 17:00 CET to Monday 31 March 10:00 CEST, given in UTC: 64 hours apart, two of them working.
        var friday = new DateTimeOffset(2025, 3, 28, 16, 0, 0, TimeSpan.Zero);
        var monday = new DateTimeOffset(2025, 3, 31, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromHours(2), berlin.BusinessTimeBetween(friday, monday));
    }
}
