using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsBoard.Components.Live;
using OpsBoard.Live.Presence;

namespace OpsBoard.Components.Pages.Items.Presence;

/// <summary>
/// A piece of the item page that shows who else is on the item: it watches the registry for one item and
/// redraws on the circuit's thread, in the reader's culture, at most every 100 ms.
/// </summary>
public abstract class PresenceView : ComponentBase, IDisposable
{
    private IDisposable? _watch;
    private ThrottledRefresh? _refresh;
    private long? _watched;

    [Inject]
    public required PresenceRegistry Registry { get; init; }

    [Inject]
    public required CircuitPresence Seat { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    /// <summary>The others on the watched item (never the reader), as last drawn.</summary>
    protected IReadOnlyList<Present> Others { get; private set; } = [];

    protected override void OnInitialized()
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        _refresh = new ThrottledRefresh(() => InvokeAsync(() =>
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            Others = Read();
            StateHasChanged();
        }), TimeSpan.FromMilliseconds(100), Clock);
    }

    /// <summary>Follows the item the reader is on now (none when they may not see it).</summary>
    protected void Follow(long? itemId)
    {
        if (itemId == _watched)
        {
            Others = Read();
            return;
        }
        _watch?.Dispose();
        _watched = itemId;
        _watch = itemId is { } id ? Registry.Watch(id, () => _refresh?.Request()) : null;
        Others = Read();
    }

    private IReadOnlyList<Present> Read() =>
        _watched is { } id && Seat.UserName is { } me ? [.. Registry.On(id).Where(p => p.UserName != me)] : [];

    public void Dispose()
    {
        _watch?.Dispose();
        _refresh?.Dispose();
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
