using System.Text.Json;
using OpsBoard.Domain.Fields;

namespace OpsBoard.Items;

/// <summary>
/// Field values at the edges and in the handlers. The edges turn what came in (JSON, a form's text)
/// into plain values; <see cref="Check"/> holds every value, from an edge or from code, to the
/// workflow's field rules, so no caller gets past them.
/// </summary>
public static class FieldInput
{
    /// <summary>A request's JSON fields as plain values, before anyone knows the item's workflow.</summary>
    public static IReadOnlyDictionary<string, object?> FromJson(IReadOnlyDictionary<string, JsonElement>? raw)
    {
        if (raw is null || raw.Count == 0)
        {
            return FireCommand.NoFields;
        }
        var values = new Dictionary<string, object?>(raw.Count);
        foreach (var (name, json) in raw)
        {
            values[name] = FieldDefinition.ValueOf(json);
        }
        return values;
    }

    /// <summary>What a person typed for a field: a flag from its yes/no choice, anything else as the text the rules read.</summary>
    public static object? FromText(FieldDefinition field, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : field.Type == FieldType.Boolean && bool.TryParse(text, out var flag) ? flag
        : text.Trim();

    /// <summary>The values normalized by the fields' rules, and an error per unknown or bad field.</summary>
    public static (Dictionary<string, object?> Values, Dictionary<string, string[]> Errors) Check(
        IReadOnlyList<FieldDefinition> fields, IReadOnlyDictionary<string, object?>? given)
    {
        var values = new Dictionary<string, object?>();
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, value) in given ?? FireCommand.NoFields)
        {
            var definition = Find(fields, name);
            if (definition is null)
            {
                errors[name] = [RuleText.FieldUnknown(name)];
            }
            else if (definition.SetByWorkflow)
            {
                errors[name] = [RuleText.FieldSetByWorkflow(name)];
            }
            else if (definition.TryAccept(value, out var normalized, out var error))
            {
                values[name] = normalized;
            }
            else
            {
                errors[name] = [error!];
            }
        }
        return (values, errors);
    }

    private static FieldDefinition? Find(IReadOnlyList<FieldDefinition> fields, string name)
    {
        for (var n = 0; n < fields.Count; n++)
        {
            if (fields[n].Name == name)
            {
                return fields[n];
            }
        }
        return null;
    }
}
