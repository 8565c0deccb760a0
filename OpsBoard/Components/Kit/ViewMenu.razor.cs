using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Items;
using OpsBoard.Views;

namespace OpsBoard.Components.Kit;

/// <summary>A list's filters and order as the page holds them, to save or to open again.</summary>
public sealed record ViewState(IReadOnlyDictionary<string, string> Filters, string? Sort, bool Descending);

/// <summary>
/// The saved views of one list: the reader's own and the team's shared ones, opened with a click; the list's
/// current filters saved under a name, shared or not; the reader's own deleted. Kept in the database, so they
/// follow the reader to any machine.
/// </summary>
public sealed partial class ViewMenu
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true, CloseOnEscapeKey = true };

    private IReadOnlyList<SavedViewDto> _views = [];

    /// <summary>Which list, one of <see cref="ViewLists"/>.</summary>
    [Parameter, EditorRequired]
    public string List { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.Of("anonymous");

    [Parameter, EditorRequired]
    public Func<ViewState> Current { get; set; } = () => new ViewState(new Dictionary<string, string>(), null, false);

    [Parameter]
    public EventCallback<SavedViewDto> OnOpen { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    // Read as the menu opens, so a view a teammate shared a minute ago is there, and a page drawn again after a push
    // reads nothing (its delegate parameters are new on every render of the page).
    protected override Task OpeningAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var actor = Actor;
        _views = await Runner.RunAsync<SavedViews, IReadOnlyList<SavedViewDto>>(v => v.ListAsync(actor, List));
    }

    private Task OpenAsync(SavedViewDto view) => OnOpen.InvokeAsync(view);

    // The dialog is a component only while it is shown, so a closed menu holds nothing of it.
    private async Task AskNameAsync()
    {
        var parameters = new DialogParameters<SaveViewDialog>
        {
            { d => d.List, List },
            { d => d.Actor, Actor },
            { d => d.State, Current() },
        };
        var dialog = await Dialogs.ShowAsync<SaveViewDialog>(L["SaveView"], parameters, Options);
        if (await dialog.Result is { Canceled: false, Data: SavedViewDto view })
        {
            Snackbar.Add(L["ViewSaved", view.Name], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task DeleteAsync(SavedViewDto view)
    {
        var actor = Actor;
        await Runner.RunAsync<SavedViews, CommandResult?>(v => v.DeleteAsync(actor, view.Id));
        await LoadAsync();
    }
}
