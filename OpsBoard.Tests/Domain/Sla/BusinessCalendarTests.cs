using OpsBoard.Domain.Sla;

namespace OpsBoard.Tests.Domain.Sla;

public class BusinessCalendarTests
{
    private static readonly TimeSpan Brt = TimeSpan.FromHours(-3);

    // April 2025: Friday 18 (Good Friday) and Monday 21 (Tiradentes) are holidays.
    private static readonly BusinessCalendar Calendar = new(new BusinessCalendarOptions
    {
        TimeZone = "America/Sao_Paulo",
        DayStart = new TimeOnly(9, 0),
        DayEnd = new TimeOnly(18, 0),
        WorkingDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        Holidays = [new DateOnly(2025, 4, 18), new DateOnly(2025, 4, 21)],
    });

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2025, 4, day, hour, minute, 0, Brt);

    [Fact]
    public void Hours_within_a_working_day_are_added_as_they_are()
    {
        var due = Calendar.Add(At(14, 10), BusinessDuration.FromHours(2));

        Assert.Equal(At(14, 12), due);
        Assert.Equal(Brt, due.Offset);
    }

    [Fact]
    public void Hours_that_reach_exactly_the_closing_time_end_that_day()
    {
        Assert.Equal(At(14, 18), Calendar.Add(At(14, 9), BusinessDuration.FromHours(9)));
    }

    [Fact]
    public void Hours_left_at_the_evening_continue_the_next_morning()
    {
        Assert.Equal(At(15, 10), Calendar.Add(At(14, 17), BusinessDuration.FromHours(2)));
    }

    [Fact]
    public void Hours_left_on_a_friday_continue_on_monday()
    {
        Assert.Equal(At(14, 10), Calendar.Add(At(11, 17), BusinessDuration.FromHours(2)));
    }

    [Fact]
    public void Holidays_are_skipped_like_weekends()
    {
        // Thursday 17 at 17:00: one hour that day, then Friday 18 (holiday), the weekend and Monday 21 (holiday).
        Assert.Equal(At(22, 10), Calendar.Add(At(17, 17), BusinessDuration.FromHours(2)));
    }

    [Fact]
    public void A_start_before_opening_counts_from_the_opening()
    {
        Assert.Equal(At(14, 10), Calendar.Add(At(14, 7, 30), BusinessDuration.FromHours(1)));
    }

    [Fact]
    public void A_start_after_closing_counts_from_the_next_opening()
    {
        Assert.Equal(At(15, 10), Calendar.Add(At(14, 19), BusinessDuration.FromHours(1)));
    }

    [Fact]
    public void A_start_on_a_weekend_counts_from_monday_opening()
    {
        Assert.Equal(At(14, 11, 30), Calendar.Add(At(12, 15), BusinessDuration.FromHours(2.5)));
    }

    [Fact]
    public void A_start_given_in_utc_is_worked_out_in_the_teams_time_zone()
    {
        var startUtc = new DateTimeOffset(2025, 4, 14, 20, 0, 0, TimeSpan.Zero); // 17:00 in São Paulo

        var due = Calendar.Add(startUtc, BusinessDuration.FromHours(2));

        Assert.Equal(At(15, 10), due);
        Assert.Equal(Brt, due.Offset);
    }

    [Fact]
    public void Three_business_days_end_at_the_same_time_three_working_days_later()
    {
        Assert.Equal(At(17, 10), Calendar.Add(At(14, 10), BusinessDuration.FromDays(3)));
    }

    [Fact]
    public void Five_business_days_skip_the_weekend_and_both_holidays()
    {
        // Tue 15, Wed 16, Thu 17, Tue 22, Wed 23.
        Assert.Equal(At(23, 10), Calendar.Add(At(14, 10), BusinessDuration.FromDays(5)));
    }

    [Fact]
    public void A_business_day_is_the_length_of_the_working_day()
    {
        Assert.Equal(TimeSpan.FromHours(9), Calendar.WorkdayLength);
        Assert.Equal(TimeSpan.FromHours(29.5), Calendar.Length(new BusinessDuration(3, TimeSpan.FromHours(2.5))));
    }

    [Fact]
    public void Weekends_and_holidays_are_not_working_days()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 4, 17)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 4, 18)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 4, 19)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 4, 20)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2025, 4, 21)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2025, 4, 22)));
    }

    [Fact]
    public void A_working_day_that_does_not_end_after_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(new BusinessCalendarOptions { DayStart = new TimeOnly(18, 0), DayEnd = new TimeOnly(9, 0) }));
    }

    [Fact]
    public void The_window_warns_when_the_last_fifth_of_the_time_begins()
    {
        var window = Calendar.Window(At(14, 9), BusinessDuration.FromDays(1));

        Assert.Equal(At(14, 9), window.StartedAt);
        Assert.Equal(At(14, 16, 12), window.WarnAt);
        Assert.Equal(At(14, 18), window.DueAt);
    }

    [Fact]
    public void The_warning_of_a_window_over_several_days_counts_business_time_only()
    {
        // 27 business hours; the warning comes after 21h36m of them.
        var window = Calendar.Window(At(14, 10), BusinessDuration.FromDays(3));

        Assert.Equal(At(16, 13, 36), window.WarnAt);
        Assert.Equal(At(17, 10), window.DueAt);
    }
}
