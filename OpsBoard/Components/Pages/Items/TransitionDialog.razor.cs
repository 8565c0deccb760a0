using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Domain.Fields;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Items;

/// <summary>What the user gave for a trigger, read into the fields' values; what could not be read, per field.</summary>
public sealed record TransitionInput(IReadOnlyDictionary<string, object?> Fields, string? Note, IReadOnlyDictionary<string, string[]> Errors)
{
    public static TransitionInput None { get; } = new(FireCommand.NoFields, null, new Dictionary<string, string[]>());
}

/// <summary>Asks for a trigger's fields, each with the input its type needs, and a note, then hands them to the one write path.</summary>
public sealed partial class TransitionDialog
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = false, CloseOnEscapeKey = true };
    private readonly Dictionary<string, object?> _values = [];
    private string? _note;
    private string _shownFor = string.Empty;

    [Parameter]
    public bool Visible { get; set; }

    [Parameter]
    public EventCallback<bool> VisibleChanged { get; set; }

    [Parameter]
    public string Trigger { get; set; } = string.Empty;

    [Parameter]
    public IReadOnlyList<FieldDefinition> Fields { get; set; } = [];

    /// <summary>The fields the trigger cannot fire without; they are marked, the others are optional.</summary>
    [Parameter]
    public IReadOnlyCollection<string> Required { get; set; } = [];

    /// <summary>What the server said about each field on the last try.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    /// <summary>The currency the item's money is in, shown beside money inputs.</summary>
    [Parameter]
    public string Currency { get; set; } = FieldFormat.HouseCurrency;

    /// <summary>The item's files, for a field that names one of them.</summary>
    [Parameter]
    public IReadOnlyList<OpsBoard.Files.ItemFileView> Files { get; set; } = [];

    [Parameter]
    public bool Destructive { get; set; }

    /// <summary>A move is on its way: the submit button waits for it.</summary>
    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<TransitionInput> OnSubmit { get; set; }

    /// <summary>Shown above the fields while the dialog is open (who else is changing the item now).</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    protected override void OnParametersSet()
    {
        // A new trigger starts blank; the same one, shown again with the server's errors, keeps what was typed.
        if (Visible && Trigger != _shownFor)
        {
            _values.Clear();
            _note = null;
            _shownFor = Trigger;
        }
        if (!Visible)
        {
            _shownFor = string.Empty;
        }
    }

    private Task BackAsync() => VisibleChanged.InvokeAsync(false);

    private Task SubmitAsync()
    {
        var (values, errors) = FieldInput.Check(Fields, FieldInputs.Given(_values));
        return OnSubmit.InvokeAsync(new TransitionInput(values, string.IsNullOrWhiteSpace(_note) ? null : _note.Trim(), errors));
    }
}
