using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Auth;
using OpsBoard.Components.Kit;
using OpsBoard.Components.Live;
using OpsBoard.Documents.Protocols;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Stories;
using OpsBoard.Live;
using OpsBoard.Files;
using OpsBoard.Items;
using OpsBoard.Onboarding;
using OpsBoard.Views;

namespace OpsBoard.Components.Pages.Protocols;

/// <summary>
/// Stories ready for the broker, ticked and sent as one protocol (the same all-or-nothing service as
/// the API), and the protocols sent: their PDF, whether the signed copy is back, and which are late; all of them, those still
/// out or those back, a choice saved as a view and exported as shown.
/// </summary>
public sealed partial class ProtocolsPage
{
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private IReadOnlyList<ReadyStory> _ready = [];
    private HashSet<ReadyStory> _selected = [];
    private IReadOnlyList<ProtocolSummary> _protocols = [];
    private Actor _actor = Actor.Of("anonymous");
    private bool _maySend;
    private bool _busy;
    private bool _signOpen;
    private bool _signAsked;
    private ProtocolSummary? _signing;
    private DateTime? _signedOn;
    private DateTime _today;
    private IBrowserFile? _copy;
    private string? _error;
    private string _status = "all";

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required FileStore Store { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    protected override async Task OnInitializedAsync()
    {
        base.OnInitialized();
        _actor = (await AuthenticationState).User.ToActor();
        _today = TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), Time.Zone).Date;
        await ReloadAsync();
    }

    /// <summary>Stories turning ready (or sent by someone else) and protocols sent or signed back elsewhere reach the page as they commit.</summary>
    protected override bool Concerns(ItemChanged change) => change.Type == StoryWorkflow.Type;

    protected override bool Concerns(LiveNotice notice) => notice is ProtocolChanged;

    protected override Task RefreshAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _maySend = await Runner.RunAsync<ProtocolDesk, bool>(d => Task.FromResult(d.MaySend(_actor)));
        _ready = _maySend ? await Runner.RunAsync<ProtocolDesk, IReadOnlyList<ReadyStory>>(d => d.ReadyAsync(_actor)) : [];
        _selected = [.. _selected.Where(s => _ready.Any(r => r.Id == s.Id))];
        _protocols = await Runner.RunAsync<ProtocolDesk, IReadOnlyList<ProtocolSummary>>(d => d.ListAsync(status: _status));
    }

    private ViewState CurrentView() => new(new Dictionary<string, string> { ["status"] = _status }, null, false);

    private Task OpenView(SavedViewDto view) =>
        StatusAsync(Known(view.Filters.GetValueOrDefault("status")));

    private static string Known(string? status) => status is not null && OpsBoard.Exports.ProtocolExport.Statuses.Contains(status) ? status : "all";

    private Task PickStatusAsync(ChangeEventArgs e) =>
        StatusAsync(Known(e.Value as string));

    private Task StatusAsync(string status)
    {
        _status = status;
        return ReloadAsync();
    }

    private async Task SendAsync()
    {
        if (_busy || _selected.Count == 0)
        {
            return;
        }
        _busy = true;
        try
        {
            var ids = _ready.Where(_selected.Contains).Select(s => s.Id).ToList();
            var result = await Runner.RunAsync<ProtocolService, ProtocolResult>(p => p.SendAsync(_actor, ids));
            if (result.Protocol is { } sent)
            {
                Snackbar.Add(L["ProtocolSent", sent.Number], Severity.Success);
                _selected = [];
            }
            else
            {
                var why = result.Errors?.Values.SelectMany(e => e).FirstOrDefault()
                    ?? string.Join(" ", (result.Refused ?? []).Select(r => $"#{r.ItemId}: {r.Result.Detail}"));
                Snackbar.Add(why, Severity.Error);
            }
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private bool AllSelected => _ready.Count > 0 && _selected.Count == _ready.Count;

    private void SelectAll(bool on) => _selected = on ? [.. _ready] : [];

    private void Select(ReadyStory story, bool on)
    {
        if (on)
        {
            _selected.Add(story);
        }
        else
        {
            _selected.Remove(story);
        }
    }

    private void OpenSignBack(ProtocolSummary protocol)
    {
        _signing = protocol;
        _signedOn = _today;
        _copy = null;
        _error = null;
        (_signAsked, _signOpen) = (true, true);
    }

    private async Task SignBackAsync()
    {
        if (_busy || _copy is null || _signing is null)
        {
            return;
        }
        if (_copy.Size > Store.MaxFileBytes)
        {
            _error = L["FileTooLargeFor", _copy.Name, Pages.Items.FileSizes.Format(Store.MaxFileBytes)];
            return;
        }
        _busy = true;
        try
        {
            var number = _signing.Number;
            var day = _signedOn is { } on ? DateOnly.FromDateTime(on) : (DateOnly?)null;
            await using var stream = _copy.OpenReadStream(Store.MaxFileBytes);
            var upload = new Upload(_copy.Name, stream);
            var (done, refusal, _) = await Runner.RunAsync<ProtocolDesk, (ProtocolSummary?, CommandResult?, FileRefusal)>(
                d => d.SignBackAsync(_actor, number, day, upload));
            if (done is null)
            {
                _error = refusal?.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? refusal?.Detail;
                return;
            }
            _signOpen = false;
            Snackbar.Add(L["SignedBackRecorded", number], Severity.Success);
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
