namespace OpsBoard.Domain.Sla;

/// <summary>The team's working time; bound from the OpsBoard:Calendar configuration section.</summary>
public sealed class BusinessCalendarOptions
{
    public string TimeZone { get; set; } = "America/Sao_Paulo";

    public TimeOnly DayStart { get; set; } = new(9, 0);

    public TimeOnly DayEnd { get; set; } = new(18, 0);

    public List<DayOfWeek> WorkingDays { get; set; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public List<DateOnly> Holidays { get; set; } = [];
}
