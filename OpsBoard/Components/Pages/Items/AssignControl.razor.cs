using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Auth;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Items;

/// <summary>Lets a lead give an open item to someone, or back to its queue, through the one write path.</summary>
public sealed partial class AssignControl
{
    private IReadOnlyList<Person> _people = [];
    private string _choice = string.Empty;

    [Parameter, EditorRequired]
    public required WorkItem Item { get; set; }

    [Parameter, EditorRequired]
    public required Actor Actor { get; set; }

    [Parameter]
    public EventCallback OnAssigned { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required MudBlazor.ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _choice = Item.Assignee ?? string.Empty;
        if (_people.Count == 0 && Actor.IsInAnyRole([.. Roles.Leads, Roles.Admin]))
        {
            _people = await Runner.RunAsync<UserDirectory, IReadOnlyList<Person>>(u => u.PeopleAsync());
        }
    }

    private async Task AssignAsync()
    {
        var command = new AssignCommand(Item.Id, _choice.Length == 0 ? null : _choice, Item.Version, null);
        var result = await Runner.RunAsync<AssignHandler, CommandResult>(c => c.HandleAsync(Actor, command));
        if (!result.Succeeded)
        {
            Snackbar.Add(result.Detail ?? L["MoveFailed"], MudBlazor.Severity.Error);
        }
        await OnAssigned.InvokeAsync();
    }
}
