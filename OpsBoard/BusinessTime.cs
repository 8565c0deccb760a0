using System.Globalization;
using OpsBoard.Domain.Sla;

namespace OpsBoard;

/// <summary>
/// How every time a person reads is written, on a screen or in a document: in the business calendar's
/// time zone, where the desk works, not the server's (UTC), and in the reader's culture.
/// </summary>
public sealed class BusinessTime(BusinessCalendar calendar)
{
    public TimeZoneInfo Zone => calendar.Zone;

    /// <summary>The instant in the desk's zone, "—" when there is none; "g" is the culture's short date and time.</summary>
    public string Format(DateTimeOffset? at, string format = "g") => Format(at, Zone, format, CultureInfo.CurrentCulture);

    /// <summary>The same, for documents drawn away from the container with the zone and culture they were given.</summary>
    public static string Format(DateTimeOffset? at, TimeZoneInfo zone, string format, IFormatProvider culture) =>
        at is { } instant ? TimeZoneInfo.ConvertTime(instant, zone).ToString(format, culture) : "—";
}
