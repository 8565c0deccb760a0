using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Components.Pages.Items;

/// <summary>
/// A field's value as a reader reads it, for the item's field table and its history alike: choices in the
/// workflow's words, whole numbers without decimals, money with its currency, dates and flags in the reader's language.
/// </summary>
public sealed class FieldFormat(IWorkflow? workflow, string? currency, IStringLocalizer<ScreenText> screen)
{
    /// <summary>The currency of money fields on items that do not name one (claims, collections): the desk's own.</summary>
    public const string HouseCurrency = "BRL";

    /// <summary>The currency an item's money is in: its own currency field when it has one, else the house's.</summary>
    public static string CurrencyOf(IReadOnlyDictionary<string, object?> fields) => fields.Text("currency") ?? HouseCurrency;

    public string Currency { get; } = currency ?? HouseCurrency;

    public string Format(string field, object? value) =>
        Format(workflow?.Fields.FirstOrDefault(f => f.Name == field), value);

    public string Format(FieldDefinition? field, object? value) => value switch
    {
        null => "—",
        bool flag => flag ? screen["Yes"] : screen["No"],
        decimal amount when field?.Type == FieldType.Money => Money(amount, Currency),
        decimal number => Number(number),
        string text when field?.Type == FieldType.Choice => WorkflowText.Choice(text),
        string text when field?.Type == FieldType.Date && FieldValues.AsDate(text) is { } date => date.ToString("d", CultureInfo.CurrentCulture),
        DateOnly date => date.ToString("d", CultureInfo.CurrentCulture),
        string[] list => string.Join(", ", list),
        _ => Convert.ToString(value, CultureInfo.CurrentCulture) ?? string.Empty,
    };

    /// <summary>46277 as "46,277" and 5.25 as "5.25" in English: a whole number shows no decimals, a fraction all it has.</summary>
    public static string Number(decimal number) => number.ToString("#,0.##########", CultureInfo.CurrentCulture);

    /// <summary>An amount in the reader's number format and currency position, the currency named by its code ("USD 46,277.00").</summary>
    public static string Money(decimal amount, string currency)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = currency;
        // A code needs a space where a symbol would not ("$n" becomes "USD n").
        format.CurrencyPositivePattern = format.CurrencyPositivePattern switch { 0 => 2, 1 => 3, var p => p };
        return amount.ToString("C", format);
    }
}
