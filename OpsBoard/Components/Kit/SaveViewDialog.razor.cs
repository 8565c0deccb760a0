using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Items;
using OpsBoard.Views;

namespace OpsBoard.Components.Kit;

/// <summary>Names the list as it is now and saves it, shared or not; closes with the saved view, or says why not.</summary>
public sealed partial class SaveViewDialog
{
    private string? _name;
    private bool _shared;
    private string? _error;

    [CascadingParameter]
    public required IMudDialogInstance Dialog { get; set; }

    /// <summary>Which list, one of <see cref="ViewLists"/>.</summary>
    [Parameter, EditorRequired]
    public string List { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public Actor Actor { get; set; } = Actor.Of("anonymous");

    /// <summary>The list's filters and order when the dialog was opened.</summary>
    [Parameter, EditorRequired]
    public ViewState State { get; set; } = new(new Dictionary<string, string>(), null, false);

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    private async Task SaveAsync()
    {
        var request = new SaveViewRequest(List, _name, System.Text.Json.JsonSerializer.SerializeToElement(State.Filters), State.Sort, State.Descending, _shared);
        var actor = Actor;
        var (view, refusal) = await Runner.RunAsync<SavedViews, (SavedViewDto?, CommandResult?)>(v => v.SaveAsync(actor, request));
        if (view is null)
        {
            _error = refusal?.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? refusal?.Detail;
            return;
        }
        Dialog.Close(DialogResult.Ok(view));
    }
}
