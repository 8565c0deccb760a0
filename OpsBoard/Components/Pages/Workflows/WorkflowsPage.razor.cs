using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using OpsBoard.Board;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Components.Pages.Workflows;

/// <summary>Each workflow's state machine drawn with how many items stand in each state now, redrawn as they move.</summary>
public partial class WorkflowsPage
{
    private readonly Dictionary<string, ElementReference> _diagrams = [];
    private readonly Dictionary<string, string> _drawn = [];
    private IReadOnlyList<IWorkflow> _workflows = [];
    private Dictionary<(string, string), int> _counts = [];
    private IJSObjectReference? _module;

    /// <summary>The parties other than the desk whose turns each card names, with the text that names them.</summary>
    private static readonly (Domain.Sla.Party Party, string Key)[] Waits =
        [(Domain.Sla.Party.Client, "ClientHolds"), (Domain.Sla.Party.Broker, "BrokerHolds")];

    [Inject]
    public required WorkflowCatalog Workflows { get; init; }

    [Inject]
    public required BoardProjection Board { get; init; }

    [Inject]
    public required IJSRuntime Js { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    protected override void OnInitialized()
    {
        base.OnInitialized();
        _workflows = [.. Workflows.All.OrderBy(w => w.Type)];
        Load();
    }

    protected override Task RefreshAsync()
    {
        Load();
        return Task.CompletedTask;
    }

    /// <summary>Draws each diagram whose text changed since it was last drawn: a move redraws only its own workflow.</summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        _module ??= await Js.InvokeAsync<IJSObjectReference>("import", "./" + Assets["Components/Pages/Workflows/WorkflowsPage.razor.js"]);
        foreach (var workflow in _workflows)
        {
            var text = WorkflowDiagram.Text(workflow, state => _counts.GetValueOrDefault((workflow.Type, state)));
            if (_drawn.GetValueOrDefault(workflow.Type) != text)
            {
                await _module.InvokeVoidAsync("draw", _diagrams[workflow.Type], text, Assets["lib/mermaid/mermaid.min.js"]);
                _drawn[workflow.Type] = text;
            }
        }
    }

    private void Load() => _counts = Board.Snapshot().States.ToDictionary(s => (s.Type, s.State), s => s.Count);
}
