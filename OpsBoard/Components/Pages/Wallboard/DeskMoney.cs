using System.Globalization;

namespace OpsBoard.Components.Pages.Wallboard;

/// <summary>
/// The desk's money as its reader writes it: the portfolios are in Brazilian reais (seeds 002 and 004), so the symbol is
/// always R$, while digits, separators and the symbol's place follow the reader's culture ("R$ 8,620.00", "R$ 8.620,00", "8 620,00 R$").
/// </summary>
public static class DeskMoney
{
    public const string Symbol = "R$";

    public static string Format(decimal amount) => Format(amount, CultureInfo.CurrentCulture);

    public static string Format(decimal amount, CultureInfo culture)
    {
        var numbers = (NumberFormatInfo)culture.NumberFormat.Clone();
        numbers.CurrencySymbol = Symbol;
        return amount.ToString("C2", numbers);
    }
}
