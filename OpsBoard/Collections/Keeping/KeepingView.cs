namespace OpsBoard.Collections.Keeping;

/// <summary>How well the month's promises and agreements were kept, for the desk and per agent who made them.</summary>
public sealed record KeepingView(string Month, KeepingLine Desk, IReadOnlyList<KeepingLine> Agents);

/// <summary>One agent's (or, with no user name, the desk's) promises and agreements made in the month and how each has ended so far.</summary>
public sealed record KeepingLine(string? UserName, PromiseCounts Promises, AgreementCounts Agreements);

/// <summary>Promises made, kept (paid), broken and still open; the rate is kept over those settled, null while none is.</summary>
public sealed record PromiseCounts(int Made, int Kept, int Broken, int Open)
{
    public decimal? Rate => Kept + Broken > 0 ? decimal.Round((decimal)Kept / (Kept + Broken), 4) : null;
}

/// <summary>
/// Agreements made, completed (paid off), defaulted and still running; the rate is the share not defaulted, since an agreement being
/// paid is being kept, null while none was made.
/// </summary>
public sealed record AgreementCounts(int Made, int Completed, int Defaulted, int Running)
{
    public decimal? Rate => Made > 0 ? decimal.Round((decimal)(Made - Defaulted) / Made, 4) : null;
}
