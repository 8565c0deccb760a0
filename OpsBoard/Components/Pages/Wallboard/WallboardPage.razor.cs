using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Board;
using OpsBoard.Components.Live;
using OpsBoard.Data;
using OpsBoard.Documents.Protocols;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Live;

namespace OpsBoard.Components.Pages.Wallboard;

/// <summary>
/// The team's TV: totals, live counts per queue, today's trend per hour and per-agent throughput,
/// with the age of its data on show so nobody trusts a frozen screen. Blazor's reconnect brings it back after a drop.
/// </summary>
public sealed partial class WallboardPage
{
    // The counts are in memory and cheap every tick; the hourly trend is a query, so time alone refreshes it once a minute.
    private const int TicksPerHoursRead = 12;

    private BoardView _board = new(DateTimeOffset.MinValue, 0, 0, 0, 0, [], [], new Dictionary<string, int>(), []);
    private IReadOnlyList<BoardHour> _hours = [];
    private int _lateProtocols;
    private DateTimeOffset _updatedAt;
    private DateTimeOffset _now;
    private Timer? _ticker;
    private int _ticks;

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required BoardProjection Board { get; init; }

    [Inject]
    public required ProtocolWatch Protocols { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required WorkflowCatalog Workflows { get; init; }

    [Inject]
    public required BusinessCalendarOptions Calendar { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    /// <summary>The zone as people say it: "Sao Paulo" for America/Sao_Paulo, with its offset from UTC.</summary>
    private string ZoneName
    {
        get
        {
            var city = Time.Zone.Id[(Time.Zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');
            var offset = Time.Zone.GetUtcOffset(_now);
            return $"{city} (UTC{(offset < TimeSpan.Zero ? "−" : "+")}{offset:hh\\:mm})";
        }
    }

    protected override async Task OnInitializedAsync()
    {
        base.OnInitialized();
        await RefreshAsync();
        // The counts change only by events, but SLA positions and the clock move with time.
        _ticker = new Timer(_ => InvokeAsync(async () =>
        {
            Load();
            if (++_ticks % TicksPerHoursRead == 0)
            {
                await LoadHoursAsync();
            }
            StateHasChanged();
        }), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
    }

    protected override async Task RefreshAsync()
    {
        Load();
        await LoadHoursAsync();
    }

    private void Load()
    {
        _board = Board.Snapshot();
        _lateProtocols = Protocols.LateCount();
        _updatedAt = _board.GeneratedAt;
        _now = _board.GeneratedAt;
    }

    private async Task LoadHoursAsync() =>
        _hours = await Runner.RunAsync<OpsBoardDbContext, IReadOnlyList<BoardHour>>(db => BoardHours.TodayAsync(db, Workflows, Calendar, Time.Zone, _now));

    /// <summary>The late protocols' count is read from memory at each refresh, like the queues' counts.</summary>
    protected override bool Concerns(LiveNotice notice) => notice is ProtocolChanged;

    protected override void Dispose(bool disposing) => _ticker?.Dispose();
}
