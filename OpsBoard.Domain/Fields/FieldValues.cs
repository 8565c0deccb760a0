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

    public static bool Has(this IReadOnlyDictionary<string, object?> fields, string name) =>
        fields.TryGetValue(name, out var v) && FieldDefinition.IsPresent(v);
}
