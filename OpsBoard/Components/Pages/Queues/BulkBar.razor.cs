using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Auth;
using OpsBoard.Components.Live;
using OpsBoard.Components.Pages.Items;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;
using OpsBoard.Items.Bulk;

namespace OpsBoard.Components.Pages.Queues;

/// <summary>
/// A lead's actions on the rows ticked in a list: assign them all to someone, or fire one move they all allow,
/// each item through the one write path, then one line per item saying what moved and what was refused and why.
/// </summary>
public sealed partial class BulkBar
{
    private static readonly DialogOptions ResultOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private IReadOnlyList<Person> _people = [];
    private IReadOnlyList<string> _triggers = [];
    private TransitionAsk _ask = TransitionAsk.None;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private string _assignee = string.Empty;
    private string? _trigger;
    private bool _busy;
    private bool _dialogOpen;
    private bool _resultOpen;
    private BulkResult? _result;
    private Dictionary<long, string> _titles = [];

    [Parameter, EditorRequired]
    public IReadOnlyCollection<ItemSummary> Selected { get; set; } = [];

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.Of("anonymous");

    /// <summary>After a bulk action: the list reloads and the selection is cleared.</summary>
    [Parameter]
    public EventCallback OnDone { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required WorkflowCatalog Workflows { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    protected override async Task OnInitializedAsync() =>
        _people = await Runner.RunAsync<UserDirectory, IReadOnlyList<Person>>(u => u.PeopleAsync());

    protected override void OnParametersSet()
    {
        _triggers = CommonTriggers();
        if (_trigger is not null && !_triggers.Contains(_trigger))
        {
            _trigger = null;
        }
    }

    // A move the whole selection allows: one workflow, and a trigger each item's state starts from and the reader's role may fire.
    private List<string> CommonTriggers()
    {
        var types = Selected.Select(i => i.Type).Distinct().ToList();
        if (types.Count != 1 || Workflows.Find(types[0]) is not { } workflow)
        {
            return [];
        }
        var states = Selected.Select(i => i.State).Distinct().ToList();
        return [.. workflow.Triggers.Where(t => states.All(t.From.Contains) && Actor.IsInAnyRole(t.Roles) && !TriggerButton.OwnScreen(workflow, t))
            .Select(t => t.Name)];
    }

    private string Name(string? userName) =>
        string.IsNullOrEmpty(userName) ? L["BackToQueue"] : _people.FirstOrDefault(p => p.UserName == userName)?.DisplayName ?? userName;

    private Task AssignAsync() => RunAsync(new BulkCommand("assign", Targets(), _assignee, null, null, FireCommand.NoFields));

    private async Task MoveAsync()
    {
        if (_trigger is null || Workflows.Find(Selected.First().Type) is not { } workflow)
        {
            return;
        }
        _ask = TransitionAsk.For(workflow, _trigger);
        _errors = new Dictionary<string, string[]>();
        if (!_ask.NeedsDialog)
        {
            await FireAsync(TransitionInput.None);
            return;
        }
        _dialogOpen = true;
    }

    private async Task FireAsync(TransitionInput input)
    {
        if (input.Errors.Count > 0)
        {
            _errors = input.Errors;
            return;
        }
        _dialogOpen = false;
        await RunAsync(new BulkCommand("move", Targets(), null, _trigger, input.Note, input.Fields));
    }

    private async Task RunAsync(BulkCommand command)
    {
        _busy = true;
        _titles = Selected.ToDictionary(i => i.Id, i => i.Title);
        var actor = Actor;
        var (result, refusal) = await Runner.RunAsync<BulkHandler, (BulkResult?, CommandResult?)>(b => b.HandleAsync(actor, command));
        _busy = false;
        _result = result ?? new BulkResult([.. command.Items!.Select(t => new BulkLine(t.Id, null, false, "refused", null, null, refusal?.Detail))]);
        _resultOpen = true;
        await OnDone.InvokeAsync();
    }

    private List<BulkTarget> Targets() => [.. Selected.Select(i => new BulkTarget(i.Id, i.Version))];

    private string TitleOf(BulkLine line) => line.Title ?? _titles.GetValueOrDefault(line.ItemId) ?? string.Empty;

    private string Describe(BulkLine line) => line.Done
        ? string.Format(System.Globalization.CultureInfo.CurrentCulture, L["BulkLineDone"], Words.State(line.State ?? string.Empty), Name(line.Assignee))
        : line.Reason ?? string.Empty;
}
