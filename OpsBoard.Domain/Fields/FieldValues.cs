using System.Globalization;

namespace OpsBoard.Domain.Fields;

/// <summary>Typed reads over an item's normalized field values.</summary>
public static class FieldValues
{
    public static decimal? Decimal(this IReadOnlyDictionary<string, object?> fields, string name) =>
        fields.TryGetValue(name, out var v) ? v as decimal? : null;

    public static bool Flag(this IReadOnlyDictionary<string, object?> fields, string name) =>
        fields.TryGetValue(name, out var v) && v is true;

    public static string? Text(this IReadOnlyDictionary<string, object?> fields, string name) =>
        fields.TryGetValue(name, out var v) ? v switch
        {
            null => null,
            string s => s,
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string[] list => string.Join(", ", list),
            _ => Convert.ToString(v, CultureInfo.InvariantCulture),
        } : null;

    public static DateOnly? Date(this IReadOnlyDictionary<string, object?> fields, string name) => AsDate(fields.GetValueOrDefault(name));

    /// <summary>A date as a move writes it (a date) or as it comes back from storage or an event (its ISO text).</summary>
    public static DateOnly? AsDate(object? value) => value switch
    {
        DateOnly d => d,
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };

    public static bool Has(this IReadOnlyDictionary<string, object?> fields, string name) =>
        fields.TryGetValue(name, out var v) && FieldDefinition.IsPresent(v);
}
