using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Files;
using OpsBoard.Onboarding;

namespace OpsBoard.Components.Pages.Items;

/// <summary>An item's files: attach one (the same command as the API), and the list with size, who, when and a download link.</summary>
public sealed partial class FilesPanel
{
    private IReadOnlyList<ItemFileView> _files = [];
    private string? _error;
    private bool _busy;
    private int _shownVersion = -1;

    [Parameter, EditorRequired]
    public long ItemId { get; set; }

    /// <summary>The item's version: a newer one (a file attached elsewhere, say) reads the list again.</summary>
    [Parameter]
    public int Version { get; set; }

    [Parameter, EditorRequired]
    public required Actor Actor { get; set; }

    /// <summary>Told after a file is attached, so the page reads the item and its history again.</summary>
    [Parameter]
    public EventCallback OnAttached { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required FileStore Store { get; init; }

    [Inject]
    public required MudBlazor.ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        if (Version != _shownVersion)
        {
            _shownVersion = Version;
            _files = await Runner.RunAsync<ItemFiles, IReadOnlyList<ItemFileView>?>(f => f.ListAsync(Actor, ItemId)) ?? [];
        }
    }

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null || _busy)
        {
            return;
        }
        _error = null;
        if (file.Size > Store.MaxFileBytes)
        {
            _error = L["FileTooLargeFor", file.Name, FileSizes.Format(Store.MaxFileBytes)];
            return;
        }
        _busy = true;
        try
        {
            await using var stream = file.OpenReadStream(Store.MaxFileBytes);
            var result = await Runner.RunAsync<ItemFiles, AttachResult>(f => f.AttachAsync(Actor, ItemId, new Upload(file.Name, stream)));
            if (result.File is null)
            {
                _error = result.Refusal?.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? result.Refusal?.Detail;
                return;
            }
            Snackbar.Add(L["FileAttached", result.File.FileName], MudBlazor.Severity.Success);
            await OnAttached.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
