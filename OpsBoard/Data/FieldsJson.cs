using System.Text.Json;

namespace OpsBoard.Data;

/// <summary>Stores an item's field values as one JSON object and reads them back as the domain's normalized types.</summary>
public static class FieldsJson
{
    public static string Write(IReadOnlyDictionary<string, object?> fields) => JsonSerializer.Serialize(fields.ToDictionary(
        f => f.Key, f => f.Value is DateOnly d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : f.Value));

    public static Dictionary<string, object?> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value));
    }

    private static object? ToValue(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(x => x.ToString()).ToArray(),
        _ => null,
    };
}
