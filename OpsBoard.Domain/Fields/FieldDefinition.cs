using System.Globalization;
using System.Text.Json;

namespace OpsBoard.Domain.Fields;

/// <summary>
/// One field of a workflow. Values are normalized to string, decimal, bool, DateOnly or
/// string[] so that guards, storage and documents all see the same thing. Its bounds are declared with it
/// (else <see cref="FieldLimits"/>'s), and the API, the screens and every write path hold values to them.
/// </summary>
public sealed record FieldDefinition(string Name, FieldType Type, bool RequiredOnCreate = false, IReadOnlyList<string>? Choices = null)
{
    /// <summary>The smallest number or amount taken; null for the type's default.</summary>
    public decimal? Min { get; init; }

    /// <summary>The largest number or amount taken; null for the type's default.</summary>
    public decimal? Max { get; init; }

    /// <summary>The longest text taken (per entry for a list); null for the type's default.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A count: only whole numbers are taken.</summary>
    public bool Whole { get; init; }

    /// <summary>
    /// Written only by the workflow's own actions (a rate fixed at closing, a contract marked signed): nobody gives it,
    /// neither when creating the item nor with a move.
    /// </summary>
    public bool SetByWorkflow { get; init; }

    /// <summary>Names one of the item's files by its SHA-256: a form offers the item's files to pick from, never a text box.</summary>
    public bool FileReference { get; init; }

    /// <summary>Holds a JSON document written by a screen of its own (a dossier's proposed change); no generic form asks for it.</summary>
    public bool RawJson { get; init; }

    /// <summary>Reads a field from JSON: the value as JSON carries it, then the same rules as <see cref="TryAccept"/>.</summary>
    public bool TryParse(JsonElement json, out object? value, out string? error) => TryAccept(ValueOf(json), out value, out error);

    /// <summary>
    /// Checks a value given in-process or read from JSON or a form, and normalizes it: numbers to decimal,
    /// a choice to its declared spelling, text trimmed. Numbers, dates and lists may also come as their
    /// invariant text, as the API has always taken them; a flag only as a flag.
    /// </summary>
    public bool TryAccept(object? given, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (given is null)
        {
            return true;
        }
        value = Type switch
        {
            FieldType.Text => (given as string)?.Trim(),
            FieldType.Number or FieldType.Money => AsDecimal(given),
            FieldType.Choice => given is string text ? Choices?.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) : null,
            FieldType.Boolean => given as bool?,
            FieldType.Date => FieldValues.AsDate(given),
            FieldType.TextList => AsList(given),
            _ => null,
        };
        if (value is null)
        {
            error = RuleText.FieldInvalid(this);
            return false;
        }
        error = OutOfBounds(value);
        if (error is not null)
        {
            value = null;
            return false;
        }
        return true;
    }

    private string? OutOfBounds(object value) => value switch
    {
        decimal number when number < 0 && Type == FieldType.Money => RuleText.FieldNegative(Name),
        decimal number when number < FieldLimits.MinOf(this) || number > FieldLimits.MaxOf(this) =>
            RuleText.FieldOutOfRange(Name, FieldLimits.MinOf(this), FieldLimits.MaxOf(this)),
        decimal number when Whole && !decimal.IsInteger(number) => RuleText.FieldNotWhole(Name),
        string text when text.Length > FieldLimits.MaxLengthOf(this) => RuleText.FieldTooLong(Name, FieldLimits.MaxLengthOf(this)),
        string[] list when list.Length > FieldLimits.ListEntries => RuleText.FieldTooManyEntries(Name, FieldLimits.ListEntries),
        string[] list when list.Any(entry => entry.Length > FieldLimits.MaxLengthOf(this)) => RuleText.FieldTooLong(Name, FieldLimits.MaxLengthOf(this)),
        _ => null,
    };

    /// <summary>A JSON value as plain .NET: text, decimal, flag, list of text, null; anything else stays JSON and no field takes it.</summary>
    public static object? ValueOf(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => TextOf(json),
        JsonValueKind.Number when json.TryGetDecimal(out var d) => d,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array when json.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => ListOf(json),
        _ => json,
    };

    /// <summary>A JSON string as text; one that is not valid text (a lone surrogate, "\uD800") stays JSON, so no field takes it.</summary>
    private static object? TextOf(JsonElement json)
    {
        try
        {
            return json.GetString();
        }
        catch (InvalidOperationException)
        {
            return json;
        }
    }

    private static object ListOf(JsonElement json)
    {
        var list = json.EnumerateArray().Select(TextOf).ToArray();
        return list.All(e => e is string) ? list.Cast<string>().ToArray() : json;
    }

    private static decimal? AsDecimal(object given) => given switch
    {
        decimal d => d,
        int or long or short or byte => Convert.ToDecimal(given, CultureInfo.InvariantCulture),
        double or float when double.IsFinite(Convert.ToDouble(given, CultureInfo.InvariantCulture)) => Convert.ToDecimal(given, CultureInfo.InvariantCulture),
        // No group separators: "5,4" typed the Brazilian way must be refused, not read as 54.
        string text when decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    private static string[]? AsList(object given) => given switch
    {
        string text => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        IEnumerable<string> list => list.Select(s => s.Trim()).Where(s => s.Length > 0).ToArray(),
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
