using Microsoft.Extensions.Options;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Documents.Protocols;

/// <summary>When a protocol's signed copy is due back, counted in the team's business days (weekends and holidays do not count).</summary>
public sealed class ProtocolLateness(BusinessCalendar calendar, IOptions<ProtocolOptions> options)
{
    public int Days => options.Value.LateAfterBusinessDays;

    public TimeZoneInfo Zone => calendar.Zone;

    public DateTimeOffset DueAt(Protocol protocol) => calendar.Add(protocol.CreatedAt, BusinessDuration.FromDays(Days));

    public bool IsLate(Protocol protocol, DateTimeOffset now) => !protocol.IsSignedBack && now > DueAt(protocol);
}
