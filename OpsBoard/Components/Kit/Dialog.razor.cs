using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;

namespace OpsBoard.Components.Kit;

/// <summary>
/// A Bootstrap modal driven entirely by Blazor (no Bootstrap JS): bind <c>@bind-IsOpen</c>.
/// Escape and a press on the backdrop close it.
/// </summary>
public partial class Dialog
{
    private readonly string titleId = "dlg-" + Guid.NewGuid().ToString("N")[..8];
    private ElementReference modal;
    private bool focusPending;
    private bool wasOpen;

    [Inject]
    private IStringLocalizer<ScreenText> L { get; set; } = default!;

    /// <summary>Heading shown in the dialog's header, already localized.</summary>
    [Parameter]
    public string? Title { get; set; }

    /// <summary>The dialog's body.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>Optional buttons row.</summary>
    [Parameter]
    public RenderFragment? Footer { get; set; }

    /// <summary>Whether the dialog is showing; two-way bindable.</summary>
    [Parameter]
    public bool IsOpen { get; set; }

    /// <summary>Raised when the dialog closes itself (Escape, backdrop, close button).</summary>
    [Parameter]
    public EventCallback<bool> IsOpenChanged { get; set; }

    /// <summary>Optional Bootstrap size: sm, lg or xl.</summary>
    [Parameter]
    public string? Size { get; set; }

    private string SizeClass => Size is "sm" or "lg" or "xl" ? "modal-" + Size : "";

    /// <summary>Closes the dialog and tells the binding.</summary>
    public async Task CloseAsync()
    {
        if (!IsOpen)
        {
            return;
        }
        IsOpen = false;
        wasOpen = false;
        await IsOpenChanged.InvokeAsync(false);
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        focusPending |= IsOpen && !wasOpen;
        wasOpen = IsOpen;
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Focus moves into the dialog only as it opens, so Escape reaches the keydown handler;
        // later re-renders must not pull focus away from the field the user is typing in.
        if (focusPending && IsOpen)
        {
            focusPending = false;
            await modal.FocusAsync();
        }
    }

    private Task OnKeyDownAsync(KeyboardEventArgs e) => e.Key == "Escape" ? CloseAsync() : Task.CompletedTask;
}
