using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using OpsBoard.Auth;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;
using OpsBoard.Live;

namespace OpsBoard.Components.Pages.Items;

/// <summary>One item: its fields, a button per trigger, the history, and a notice when someone else moves it.</summary>
public sealed partial class ItemPage
{
    private WorkItem? _item;
    private IWorkflow? _workflow;
    private FieldFormat _format = null!;
    private IReadOnlyList<HistoryView> _history = [];
    private IReadOnlyList<TriggerButton> _buttons = [];
    private Actor _actor = Actor.Of("anonymous");
    private volatile ItemChanged? _pendingExternal;
    private ItemChanged? _external;
    private bool _loaded;
    private bool _busy;
    private bool _dialogOpen;
    private bool _dialogAsked;
    private bool _destructive;
    private string _trigger = string.Empty;
    private TransitionAsk _ask = TransitionAsk.None;
    private IReadOnlyList<OpsBoard.Files.ItemFileView> _files = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    [Parameter]
    public long Id { get; set; }

    /// <summary>The list the item was opened from, for j and k (<see cref="ItemNeighbours"/>).</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required WorkflowCatalog Workflows { get; init; }

    [Inject]
    public required MudBlazor.ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private string SlaText => _item!.SlaStatusAt(Clock.GetUtcNow()).ToApiName();

    protected override async Task OnParametersSetAsync()
    {
        _actor = (await AuthenticationState).User.ToActor();
        await ReloadAsync();
    }

    protected override bool Concerns(ItemChanged change)
    {
        if (change.ItemId != Id || change.Version <= (_item?.Version ?? 0))
        {
            return false;
        }
        _pendingExternal = change;
        return true;
    }

    protected override Task RefreshAsync()
    {
        // Someone else's change is announced, not silently applied: the open dialog was based on what was shown.
        // Our own move arrives here too, before its reload has read the new version; it is no one else's.
        _external = _busy ? null : _pendingExternal;
        return Task.CompletedTask;
    }

    private async Task ReloadAsync()
    {
        _item = await Runner.RunAsync<ItemQueries, WorkItem?>(q => q.FindAsync(Id, _actor));
        _history = _item is null ? [] : await Runner.RunAsync<ItemQueries, IReadOnlyList<HistoryView>>(q => q.HistoryAsync(Id));
        _workflow = _item is null ? null : Workflows.Get(_item.Type);
        _format = new FieldFormat(_workflow, _item is null ? null : FieldFormat.CurrencyOf(_item.Fields), L);
        _buttons = _item is null || _workflow is null ? [] : TriggerButton.For(_workflow, _item, _actor, Clock.GetUtcNow(), L);
        _external = _pendingExternal = null;
        _loaded = true;
    }

    private async Task Start(string trigger)
    {
        // A second click of a double click arrives while the first move is on its way: it is the same wish, not another move.
        if (_busy || _workflow is null || _buttons.All(b => b.Trigger != trigger || !b.Enabled))
        {
            return;
        }
        _trigger = trigger;
        _destructive = TriggerButton.IsDestructive(_workflow, _workflow.Triggers.Single(t => t.Name == trigger));
        _errors = new Dictionary<string, string[]>();
        _ask = TransitionAsk.For(_workflow, trigger);
        if (!_ask.NeedsDialog)
        {
            await FireAsync(TransitionInput.None);
            return;
        }
        // A field naming one of the item's files offers them as they are now, uploads of a moment ago included.
        _files = _ask.Fields.Any(f => f.FileReference)
            ? await Runner.RunAsync<OpsBoard.Files.ItemFiles, IReadOnlyList<OpsBoard.Files.ItemFileView>?>(f => f.ListAsync(_actor, Id)) ?? []
            : [];
        (_dialogAsked, _dialogOpen) = (true, true);
    }

    private async Task FireAsync(TransitionInput input)
    {
        if (input.Errors.Count > 0)
        {
            _errors = input.Errors;
            return;
        }
        if (_busy)
        {
            return;
        }
        _busy = true;
        try
        {
            var command = new FireCommand(Id, _trigger, _item!.Version, input.Note, input.Fields);
            var result = await Runner.RunAsync<FireHandler, CommandResult>(c => c.HandleAsync(_actor, command));
            if (result.Status == CommandStatus.Invalid && result.Errors is { Count: > 0 } errors)
            {
                _errors = errors;
                _dialogOpen = _ask.NeedsDialog;
                if (!_dialogOpen)
                {
                    Snackbar.Add(result.Detail ?? L["MoveFailed"], MudBlazor.Severity.Error);
                }
                return;
            }
            _dialogOpen = false;
            if (result is { Succeeded: true, Item: { } moved })
            {
                Snackbar.Add(L["MovedTo", Words.State(moved.State)], MudBlazor.Severity.Success);
            }
            else
            {
                Snackbar.Add(result.Detail ?? L["MoveFailed"], MudBlazor.Severity.Error);
            }
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
