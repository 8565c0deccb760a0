using System.Globalization;
using System.Text.Json;

namespace OpsBoard.Domain.Fields;

/// <summary>
/// One field of a workflow. Values are normalized to string, decimal, bool, DateOnly or
/// string[] so that guards, storage and documents all see the same thing.
/// </summary>
public sealed record FieldDefinition(string Name, FieldType Type, bool RequiredOnCreate = false, IReadOnlyList<string>? Choices = null)
{
    public bool TryParse(JsonElement json, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return true;
        }
        value = Type switch
        {
            FieldType.Text => json.ValueKind == JsonValueKind.String ? json.GetString()!.Trim() : null,
            FieldType.Number or FieldType.Money => ParseDecimal(json),
            FieldType.Choice => ParseChoice(json),
            FieldType.Boolean => json.ValueKind is JsonValueKind.True or JsonValueKind.False ? json.GetBoolean() : null,
            FieldType.Date => json.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(json.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
            FieldType.TextList => ParseList(json),
            _ => null,
        };
        if (value is null)
        {
            error = Resources.Messages.FieldInvalid(this);
            return false;
        }
        if (value is decimal number && number < 0 && Type == FieldType.Money)
        {
            error = Resources.Messages.FieldNegative(Name);
            value = null;
            return false;
        }
        return true;
    }

    private static decimal? ParseDecimal(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Number when json.TryGetDecimal(out var d) => d,
        // No group separators: "5,4" typed the Brazilian way must be refused, not read as 54.
        JsonValueKind.String when decimal.TryParse(json.GetString(), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private string? ParseChoice(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        var text = json.GetString();
        return Choices?.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
    }

    private static string[]? ParseList(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Array when json.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            json.EnumerateArray().Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0).ToArray(),
        JsonValueKind.String => json.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        _ => null,
    };

    /// <summary>Whether a value counts as given for a required field.</summary>
    public static bool IsPresent(object? value) => value switch
    {
        null => false,
        string s => s.Length > 0,
        string[] list => list.Length > 0,
        _ => true,
    };
}
