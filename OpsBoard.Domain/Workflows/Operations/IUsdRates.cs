namespace OpsBoard.Domain.Workflows.Operations;

/// <summary>The reference rate of each currency in US dollars, by which every rule stated in USD reads an amount.</summary>
public interface IUsdRates
{
    /// <summary>US dollars per one unit of the currency; 1 for USD; null when no rate is known.</summary>
    decimal? UsdPerUnit(string currency);
}

/// <summary>Rates given once (tests, tools); USD is always 1.</summary>
public sealed class FixedUsdRates(IReadOnlyDictionary<string, decimal> rates) : IUsdRates
{
    /// <summary>Only US dollars: any other currency has no rate.</summary>
    public static FixedUsdRates UsdOnly { get; } = new(new Dictionary<string, decimal>());

    public decimal? UsdPerUnit(string currency) =>
        currency == "USD" ? 1m : rates.TryGetValue(currency, out var rate) ? rate : null;
}
