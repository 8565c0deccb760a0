using System.Text.Json;
using OpsBoard.Domain.Resources;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Items;

/// <summary>Turns a request's raw JSON fields into the workflow's typed values, with an error per bad field.</summary>
public static class FieldInput
{
    public static (Dictionary<string, object?> Values, Dictionary<string, string[]> Errors) Parse(
        IWorkflow workflow, IReadOnlyDictionary<string, JsonElement>? raw)
    {
        var values = new Dictionary<string, object?>();
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, json) in raw ?? new Dictionary<string, JsonElement>())
        {
            var definition = workflow.Fields.FirstOrDefault(f => f.Name == name);
            if (definition is null)
            {
                errors[name] = [Messages.Format("FieldUnknown", name)];
            }
            else if (definition.TryParse(json, out var value, out var error))
            {
                values[name] = value;
            }
            else
            {
                errors[name] = [error!];
            }
        }
        return (values, errors);
    }
}
