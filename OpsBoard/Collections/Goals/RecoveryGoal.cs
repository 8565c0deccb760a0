namespace OpsBoard.Collections.Goals;

/// <summary>What the desk, or one analyst, should recover in a calendar month, as a Manager last set it.</summary>
public sealed class RecoveryGoal
{
    /// <summary>The analyst name that stands for the whole desk; user names are never empty.</summary>
    public const string Desk = "";

    private RecoveryGoal()
    {
        Analyst = UpdatedBy = string.Empty;
    }

    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>The analyst's user name, or <see cref="Desk"/> for the desk's own goal.</summary>
    public string Analyst { get; private set; }

    public decimal Amount { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public static RecoveryGoal For(DateOnly month, string analyst) => new() { Month = month, Analyst = analyst };

    public void Set(decimal amount, string by, DateTimeOffset at)
    {
        Amount = amount;
        UpdatedBy = by;
        UpdatedAt = at;
    }
}
