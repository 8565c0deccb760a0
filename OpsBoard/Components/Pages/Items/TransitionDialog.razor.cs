using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using OpsBoard.Domain.Fields;

namespace OpsBoard.Components.Pages.Items;

/// <summary>What the user typed for a trigger: its parameters as JSON, as the API would receive them.</summary>
public sealed record TransitionInput(Dictionary<string, JsonElement> Fields, string? Note);

/// <summary>Asks for a trigger's required fields and a note, then hands them to the one write path.</summary>
public sealed partial class TransitionDialog
{
    private readonly Dictionary<string, string?> _values = [];
    private string? _note;

    [Parameter]
    public bool IsOpen { get; set; }

    [Parameter]
    public EventCallback<bool> IsOpenChanged { get; set; }

    [Parameter]
    public string Trigger { get; set; } = string.Empty;

    [Parameter]
    public IReadOnlyList<FieldDefinition> Fields { get; set; } = [];

    [Parameter]
    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    [Parameter]
    public EventCallback<TransitionInput> OnSubmit { get; set; }

    protected override void OnParametersSet()
    {
        foreach (var field in Fields)
        {
            _values.TryAdd(field.Name, null);
        }
    }

    private Task SubmitAsync()
    {
        var fields = new Dictionary<string, JsonElement>();
        foreach (var field in Fields)
        {
            if (_values.GetValueOrDefault(field.Name) is { Length: > 0 } text)
            {
                fields[field.Name] = ToJson(field.Type, text.Trim());
            }
        }
        return OnSubmit.InvokeAsync(new TransitionInput(fields, _note));
    }

    private static JsonElement ToJson(FieldType type, string text) => type switch
    {
        FieldType.Number or FieldType.Money when decimal.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out var d) =>
            JsonSerializer.SerializeToElement(d),
        FieldType.Boolean when bool.TryParse(text, out var b) => JsonSerializer.SerializeToElement(b),
        _ => JsonSerializer.SerializeToElement(text),
    };

    private static string InputType(FieldType type) => type switch
    {
        FieldType.Number or FieldType.Money => "number",
        FieldType.Date => "date",
        _ => "text",
    };
}
