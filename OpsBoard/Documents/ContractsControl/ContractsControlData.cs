namespace OpsBoard.Documents.ContractsControl;

/// <summary>One operation as the control lists it.</summary>
public sealed record ControlRow(long ItemId, string? Number, string Client, decimal Amount, string Currency, decimal? UsdAmount, DateTimeOffset? At,
    string? Who, string? SwiftReference);

/// <summary>
/// The day's contracts and SWIFT control (seed 000, 1.4.1): contracts issued, signed, still missing their signature at the
/// end of the day, the day's settlements with their SWIFT references, and every settlement ever made without one.
/// </summary>
public sealed record ContractsControlData(DateOnly Day, DateTimeOffset Moment, IReadOnlyList<ControlRow> Issued, IReadOnlyList<ControlRow> Signed,
    IReadOnlyList<ControlRow> Missing, IReadOnlyList<ControlRow> Settled, IReadOnlyList<ControlRow> WithoutSwift)
{
    public decimal IssuedUsd => Issued.Sum(r => r.UsdAmount ?? 0m);

    public decimal MissingUsd => Missing.Sum(r => r.UsdAmount ?? 0m);

    public decimal SettledUsd => Settled.Sum(r => r.UsdAmount ?? 0m);
}
