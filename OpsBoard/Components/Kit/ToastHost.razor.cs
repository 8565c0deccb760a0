using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace OpsBoard.Components.Kit;

/// <summary>Renders the circuit's <see cref="ToastService"/> messages; place once in a layout.</summary>
public partial class ToastHost : IDisposable
{
    [Inject]
    private ToastService Toasts { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ScreenText> L { get; set; } = default!;

    /// <inheritdoc />
    public void Dispose() => Toasts.Changed -= OnChanged;

    /// <inheritdoc />
    protected override void OnInitialized() => Toasts.Changed += OnChanged;

    // The service raises Changed from timer threads; rendering must go through the dispatcher.
    private void OnChanged() => _ = InvokeAsync(StateHasChanged);

    private static string LevelClass(ToastLevel level) => level switch
    {
        ToastLevel.Success => "text-bg-success",
        ToastLevel.Warning => "text-bg-warning",
        ToastLevel.Danger => "text-bg-danger",
        _ => "text-bg-primary",
    };

    // Warning's background is light, so its close button stays dark.
    private static string CloseClass(ToastLevel level) => level == ToastLevel.Warning ? "" : "btn-close-white";

    private static string Icon(ToastLevel level) => level switch
    {
        ToastLevel.Success => "bi-check-circle-fill",
        ToastLevel.Warning => "bi-exclamation-triangle-fill",
        ToastLevel.Danger => "bi-x-octagon-fill",
        _ => "bi-info-circle-fill",
    };
}
