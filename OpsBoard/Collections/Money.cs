using System.Collections.Concurrent;
using System.Globalization;

namespace OpsBoard.Collections;

/// <summary>
/// Amounts as a reader expects them: the reader's digits and separators, the portfolio's currency symbol (a
/// Brazilian debt stays in reais for an English reader), and no ",00" on a whole amount.
/// </summary>
public static class Money
{
    private static readonly ConcurrentDictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase);

    public static string Format(decimal amount, string currency, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = SymbolOf(currency);
        return amount.ToString(decimal.IsInteger(amount) ? "C0" : "C2", format);
    }

    /// <summary>A count or whole figure in the reader's culture, without decimals.</summary>
    public static string Whole(decimal value, CultureInfo culture) => value.ToString("N0", culture);

    /// <summary>The symbol the currency's home region writes (R$ for BRL), or its ISO code when no region claims it.</summary>
    public static string SymbolOf(string currency) => Symbols.GetOrAdd(currency, code =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => new RegionInfo(c.Name))
            .Where(r => string.Equals(r.ISOCurrencySymbol, code, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.CurrencySymbol)
            .FirstOrDefault() ?? code.ToUpperInvariant());
}
