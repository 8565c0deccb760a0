using OpsBoard.Domain.Sla;

namespace OpsBoard.Collections;

public enum Pace
{
    Behind,
    OnPace,
    Ahead,
}

/// <summary>Where an agent's calls stand against the share of the target the working day so far asks for.</summary>
public static class CallPace
{
    /// <summary>Within this share of the day's target of what is expected by now counts as on pace.</summary>
    public const double Tolerance = 0.05;

    public static int ExpectedBy(DateTimeOffset now, int target, BusinessCalendar calendar) =>
        (int)Math.Round(target * (calendar.WorkedToday(now) / calendar.WorkdayLength));

    public static Pace Of(int calls, int expected, int target)
    {
        var slack = Math.Max(1, (int)Math.Round(target * Tolerance));
        return calls >= expected + slack ? Pace.Ahead : calls <= expected - slack ? Pace.Behind : Pace.OnPace;
    }
}
