using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using OpsBoard.Components.Desk;

namespace OpsBoard.Components.Layout.Shortcuts;

/// <summary>
/// Starts the desk's single keys (wwwroot/js/shortcuts.js) once per circuit and lists them in a dialog, opened by
/// <c>?</c> or by its button in the app bar so that the list is reachable with Tab and Enter too.
/// </summary>
public sealed partial class KeyboardShortcuts : IAsyncDisposable
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true, CloseOnEscapeKey = true };

    /// <summary>Each key and what it does, in the order an agent's day uses them.</summary>
    public static IReadOnlyList<(string[] Keys, string Text)> Keys { get; } =
    [
        (["n"], "KeyTakeNext"),
        (["1–9"], "KeyTrigger"),
        (["c"], "KeyContact"),
        (["/"], "KeySearch"),
        (["j", "k"], "KeyNextPrevious"),
        (["Enter"], "KeyOpen"),
        (["?"], "KeyHelp"),
    ];

    private DotNetObjectReference<KeyboardShortcuts>? _self;
    private IJSObjectReference? _module;

    [Inject]
    public required IJSRuntime JS { get; init; }

    [Inject]
    public required IStringLocalizer<DeskText> T { get; init; }

    [Inject]
    public required IDialogService Dialogs { get; init; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/shortcuts.js");
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("start", _self);
        }
    }

    [JSInvokable]
    public Task ShowKeys() => InvokeAsync(() => Dialogs.ShowAsync<ShortcutsDialog>(T["Shortcuts"], Options));

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_module is not null)
            {
                await _module.InvokeVoidAsync("stop");
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone, and its listener with it.
        }
        _self?.Dispose();
    }
}
