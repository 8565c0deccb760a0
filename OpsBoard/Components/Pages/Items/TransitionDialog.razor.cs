using Microsoft.AspNetCore.Components;
using OpsBoard.Domain.Fields;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Items;

/// <summary>What the user typed for a trigger, read into the fields' values; what could not be read, per field.</summary>
public sealed record TransitionInput(IReadOnlyDictionary<string, object?> Fields, string? Note, IReadOnlyDictionary<string, string[]> Errors)
{
    public static TransitionInput None { get; } = new(FireCommand.NoFields, null, new Dictionary<string, string[]>());
}

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
        var typed = Fields.ToDictionary(f => f.Name, f => FieldInput.FromText(f, _values.GetValueOrDefault(f.Name)));
        var (values, errors) = FieldInput.Check(Fields, typed.Where(f => f.Value is not null).ToDictionary());
        return OnSubmit.InvokeAsync(new TransitionInput(values, _note, errors));
    }

    private static string InputType(FieldType type) => type switch
    {
        FieldType.Number or FieldType.Money => "number",
        FieldType.Date => "date",
        _ => "text",
    };
}
