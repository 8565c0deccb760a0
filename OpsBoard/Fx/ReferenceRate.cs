namespace OpsBoard.Fx;

/// <summary>A currency's reference rate in US dollars, as a Manager last set it.</summary>
public sealed class ReferenceRate
{
    private ReferenceRate()
    {
        Currency = UpdatedBy = string.Empty;
    }

    /// <summary>The ISO 4217 code, upper case.</summary>
    public string Currency { get; private set; }

    /// <summary>US dollars per one unit of the currency.</summary>
    public decimal UsdPerUnit { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public static ReferenceRate For(string currency) => new() { Currency = currency };

    public void Set(decimal usdPerUnit, string by, DateTimeOffset at)
    {
        UsdPerUnit = usdPerUnit;
        UpdatedBy = by;
        UpdatedAt = at;
    }
}
