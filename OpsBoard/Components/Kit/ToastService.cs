namespace OpsBoard.Components.Kit;

/// <summary>How a toast is coloured; maps to Bootstrap's contextual colours.</summary>
public enum ToastLevel
{
    Info,
    Success,
    Warning,
    Danger,
}

/// <summary>One message shown by <see cref="ToastHost"/>.</summary>
public sealed record Toast(Guid Id, string Message, ToastLevel Level);

/// <summary>
/// Per-circuit (scoped) list of transient messages. Callers pass already-localized text.
/// Toasts remove themselves after <see cref="Lifetime"/>; the host only renders.
/// </summary>
public sealed class ToastService(TimeProvider time) : IDisposable
{
    /// <summary>How long a toast stays on screen.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private readonly CancellationTokenSource disposed = new();
    private List<Toast> toasts = [];

    /// <summary>Raised after a toast was added or removed; may fire on any thread.</summary>
    public event Action? Changed;

    /// <summary>The toasts currently showing, oldest first.</summary>
    public IReadOnlyList<Toast> Toasts => toasts;

    /// <summary>Shows <paramref name="message"/> and schedules its removal.</summary>
    public Toast Show(string message, ToastLevel level = ToastLevel.Info)
    {
        var toast = new Toast(Guid.NewGuid(), message, level);
        lock (gate)
        {
            toasts = [.. toasts, toast];
        }
        Changed?.Invoke();
        _ = DismissLaterAsync(toast.Id);
        return toast;
    }

    /// <summary>Removes a toast now (the user closed it, or its time is up).</summary>
    public void Dismiss(Guid id)
    {
        bool removed;
        lock (gate)
        {
            // Copy-on-write so a renderer enumerating the old list is never disturbed.
            var next = toasts.Where(t => t.Id != id).ToList();
            removed = next.Count != toasts.Count;
            toasts = next;
        }
        if (removed)
        {
            Changed?.Invoke();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        disposed.Cancel();
        disposed.Dispose();
    }

    private async Task DismissLaterAsync(Guid id)
    {
        try
        {
            await Task.Delay(Lifetime, time, disposed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        Dismiss(id);
    }
}
