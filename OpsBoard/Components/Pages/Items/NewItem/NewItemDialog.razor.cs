using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Auth;
using OpsBoard.Components.Desk;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Items.NewItem;

/// <summary>
/// Creates an item of a chosen workflow from the screen: the fields it needs at creation, checked by the same
/// rules as the API's, sent through the one create command, then the new item is opened.
/// </summary>
public sealed partial class NewItemDialog
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = false, CloseOnEscapeKey = true };
    private readonly Dictionary<string, object?> _values = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private IWorkflow? _workflow;
    private string? _type;
    private string? _title;
    private bool _busy;
    private bool _shown;

    [Parameter]
    public bool Visible { get; set; }

    [Parameter]
    public EventCallback<bool> VisibleChanged { get; set; }

    /// <summary>The one workflow the caller creates in (a client page's new dossier); null lets the reader pick.</summary>
    [Parameter]
    public string? Type { get; set; }

    /// <summary>The workflow picked first when the reader may pick (the queue's own).</summary>
    [Parameter]
    public string? Suggested { get; set; }

    /// <summary>Values the caller fills in (a client page's client); the reader may still change them.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, object?> Preset { get; set; } = FireCommand.NoFields;

    /// <summary>Called with the new item; without it the new item's page is opened.</summary>
    [Parameter]
    public EventCallback<long> OnCreated { get; set; }

    [Inject]
    public required WorkflowCatalog Workflows { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<DeskText> T { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    // Creating needs no role the API does not ask for: every workflow is offered to whoever signs in to the desk.
    private IEnumerable<IWorkflow> Creatable => Workflows.All.OrderBy(w => Words.WorkflowType(w.Type), StringComparer.CurrentCulture);

    protected override void OnParametersSet()
    {
        // Each opening starts from the preset; an open dialog keeps what was typed.
        if (Visible && !_shown)
        {
            _shown = true;
            _errors = new Dictionary<string, string[]>();
            _title = null;
            Choose(Type ?? Suggested);
        }
        _shown = Visible;
    }

    private void Choose(string? type)
    {
        _type = Workflows.Find(type)?.Type;
        _workflow = Workflows.Find(_type);
        _values.Clear();
        foreach (var (name, value) in Preset)
        {
            if (_workflow?.Fields.Any(f => f.Name == name) == true)
            {
                _values[name] = FieldInputs.ForInput(value);
            }
        }
    }

    private Task PickAsync(string? type)
    {
        Choose(type);
        _errors = new Dictionary<string, string[]>();
        return Task.CompletedTask;
    }

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private Task CloseAsync() => VisibleChanged.InvokeAsync(false);

    private async Task CreateAsync()
    {
        if (_workflow is not { } workflow || _busy)
        {
            return;
        }
        var (_, errors) = CreateHandler.Check(workflow, _title, FieldInputs.Given(_values));
        _errors = errors;
        if (errors.Count > 0 || AuthenticationState is null)
        {
            return;
        }
        _busy = true;
        try
        {
            var actor = (await AuthenticationState).User.ToActor();
            var command = new CreateCommand(workflow.Type, _title!.Trim(), FieldInputs.Given(_values));
            var result = await Runner.RunAsync<CreateHandler, CommandResult>(c => c.HandleAsync(actor, command));
            if (result is { Succeeded: true, Item: { } item })
            {
                Snackbar.Add(T["Created", item.Id], Severity.Success);
                await VisibleChanged.InvokeAsync(false);
                await Opened(item.Id);
                return;
            }
            _errors = result.Errors ?? new Dictionary<string, string[]>();
            Snackbar.Add(result.Detail ?? T["CreateFailed"], Severity.Error);
        }
        finally
        {
            _busy = false;
        }
    }

    private Task Opened(long id)
    {
        if (OnCreated.HasDelegate)
        {
            return OnCreated.InvokeAsync(id);
        }
        Navigation.NavigateTo($"/items/{id}");
        return Task.CompletedTask;
    }
}
