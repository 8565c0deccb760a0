using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace OpsBoard.Data;

/// <summary>Stores an item's field values as one JSON object and reads them back as the domain's normalized types.</summary>
public static class FieldsJson
{
    /// <summary>
    /// Tracks a field bag for changes by comparing values, not by serializing both sides on every
    /// save: the values are immutable (text, numbers, flags, dates) except lists, which are copied.
    /// </summary>
    public static ValueComparer<Dictionary<string, object?>> Comparer { get; } = new(
        (a, b) => Same(a, b), v => v.Count, v => Copy(v));

    public static string Write(IReadOnlyDictionary<string, object?> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                json.WritePropertyName(name);
                WriteValue(json, value);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static Dictionary<string, object?> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value));
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            default:
                JsonSerializer.Serialize(json, value, value.GetType());
                break;
        }
    }

    private static bool Same(Dictionary<string, object?>? a, Dictionary<string, object?>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.Count == b.Count
            && a.All(f => b.TryGetValue(f.Key, out var other) && SameValue(f.Value, other)));

    private static bool SameValue(object? a, object? b) =>
        a is string[] x && b is string[] y ? x.SequenceEqual(y) : Equals(a, b);

    private static Dictionary<string, object?> Copy(Dictionary<string, object?> fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value is string[] list ? (object?)list.ToArray() : f.Value);

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
