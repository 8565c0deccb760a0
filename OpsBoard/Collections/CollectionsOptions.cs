namespace OpsBoard.Collections;

/// <summary>The collections desk's targets; bound from the OpsBoard:Collections configuration section.</summary>
public sealed class CollectionsOptions
{
    public const int DefaultDailyCallTarget = 300;

    /// <summary>Calls per agent per day for anyone not in a team with its own target.</summary>
    public int DailyCallTarget { get; set; } = DefaultDailyCallTarget;

    /// <summary>What the desk should recover in a calendar month, in the portfolio's currency.</summary>
    public decimal MonthlyRecoveryGoal { get; set; } = 1_000_000m;

    /// <summary>How often the watch looks for promises past their date and agreements with an installment unpaid past its due date.</summary>
    public TimeSpan PromiseCheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The ISO code of the currency debts and deposits are in; screens show its symbol in the reader's number format.</summary>
    public string Currency { get; set; } = "BRL";

    public Dictionary<string, CollectionsTeam> Teams { get; set; } = [];

    public int TargetFor(string userName) =>
        Teams.Values.FirstOrDefault(t => t.Members.Contains(userName, StringComparer.OrdinalIgnoreCase))?.DailyCallTarget ?? DailyCallTarget;
}

public sealed class CollectionsTeam
{
    public List<string> Members { get; set; } = [];

    public int DailyCallTarget { get; set; } = CollectionsOptions.DefaultDailyCallTarget;
}
