using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Items;
using OpsBoard.Orders;

namespace OpsBoard.Components.Pages.Orders;

/// <summary>On an order's page, opening a claim about it; on a claim's page, its evidence pack.</summary>
public sealed partial class OrderActions
{
    private string _category = Domain.Workflows.Claims.ClaimWorkflow.Categories[0];
    private bool _busy;
    private string? _error;

    [Parameter, EditorRequired]
    public required WorkItem Item { get; set; }

    [Parameter, EditorRequired]
    public required Actor Actor { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<OrderText> T { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    private async Task OpenClaimAsync()
    {
        _busy = true;
        _error = null;
        var request = new ClaimFromOrderRequest(_category, null, null, null);
        var result = await Runner.RunAsync<ClaimsFromOrders, CommandResult>(c => c.OpenAsync(Actor, Item.Id, request));
        _busy = false;
        if (result.Succeeded)
        {
            Navigation.NavigateTo($"/items/{result.Item!.Id}");
            return;
        }
        _error = result.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? result.Detail;
    }
}
