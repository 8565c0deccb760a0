using System.Globalization;
using Microsoft.AspNetCore.Components;
using OpsBoard.Live;

namespace OpsBoard.Components.Live;

/// <summary>
/// A page that follows committed changes: it subscribes once to the in-process bus, keeps the
/// changes it cares about, and re-renders on the circuit's thread at most every 100 ms.
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private IDisposable? _subscription;
    private IDisposable? _notices;
    private ThrottledRefresh? _refresh;
    private ITimer? _tick;

    [Inject]
    public required LiveBus Bus { get; init; }

    [Inject]
    public required TimeProvider Clock { get; init; }

    /// <summary>
    /// How often the page draws itself again with no change, for what moves with the clock alone (SLA countdowns):
    /// one timer per page rather than one per row. None by default.
    /// </summary>
    protected virtual TimeSpan? RedrawEvery => null;

    protected static TimeSpan Throttle { get; } = TimeSpan.FromMilliseconds(100);

    protected override void OnInitialized()
    {
        // A push arrives on the publisher's thread, in the server's culture: the page's own is taken
        // now, while rendering for its reader, and put back around every refresh it causes.
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        _refresh ??= new ThrottledRefresh(() => InvokeAsync(async () =>
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            await RefreshAsync();
            StateHasChanged();
        }), Throttle);
        _subscription ??= Bus.Subscribe(change =>
        {
            if (Concerns(change))
            {
                _refresh.Request();
            }
            return Task.CompletedTask;
        });
        _notices ??= Bus.SubscribeNotices(notice =>
        {
            if (Concerns(notice))
            {
                _refresh.Request();
            }
            return Task.CompletedTask;
        });
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only interactive renders get here, so prerendering never starts a timer nobody disposes.
        if (firstRender && RedrawEvery is { } every)
        {
            _tick = Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, every, every);
        }
    }

    /// <summary>Whether this change could alter what the page shows.</summary>
    protected virtual bool Concerns(ItemChanged change) => true;

    /// <summary>Whether a change of something that is not an item (a protocol, a client) could alter what the page shows. None by default.</summary>
    protected virtual bool Concerns(LiveNotice notice) => false;

    /// <summary>Reloads the page's data; runs on the circuit's thread.</summary>
    protected abstract Task RefreshAsync();

    public void Dispose()
    {
        _subscription?.Dispose();
        _notices?.Dispose();
        _refresh?.Dispose();
        _tick?.Dispose();
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
