using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Clients;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;

namespace OpsBoard.Components.Pages.Clients;

/// <summary>A lead's form for a client's name, tax id, segment, contacts and approved limit; the rules are the API's.</summary>
public sealed partial class ClientEditDialog
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private string? _name;
    private string? _taxId;
    private string? _segment;
    private string? _tier;
    private string? _contacts;
    private decimal? _limit;
    private string? _currency;
    private string? _detail;
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private bool _busy;
    private bool _wasVisible;

    [Parameter]
    public bool Visible { get; set; }

    [Parameter]
    public EventCallback<bool> VisibleChanged { get; set; }

    [Parameter, EditorRequired]
    public required ClientView Client { get; set; }

    [Parameter, EditorRequired]
    public required Actor Actor { get; set; }

    [Parameter]
    public EventCallback OnSaved { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<ClientText> T { get; init; }

    protected override void OnParametersSet()
    {
        // Filled from the record each time the dialog opens, not on every push while it is open.
        if (Visible && !_wasVisible)
        {
            _name = Client.Name;
            _taxId = Client.TaxId;
            _segment = Client.Segment;
            _tier = Client.Tier;
            _contacts = string.Join('\n', Client.Contacts.Select(c => $"{c.Kind}: {c.Value}"));
            _limit = Client.ApprovedLimit?.Amount;
            _currency = Client.ApprovedLimit?.Currency;
            _errors = new Dictionary<string, string[]>();
            _detail = null;
        }
        _wasVisible = Visible;
    }

    private bool Has(string field) => ErrorOf(field) is not null;

    private string? ErrorOf(string field) =>
        _errors.Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal)).SelectMany(e => e.Value).FirstOrDefault();

    private async Task SaveAsync()
    {
        _busy = true;
        var request = new ClientRequest(_name, null, _taxId, _segment, [.. ContactLines()],
            _limit is null && string.IsNullOrWhiteSpace(_currency) ? null : new ClientLimitRequest(_limit, _currency), _tier);
        var result = await Runner.RunAsync<ClientBook, ClientResult>(b => b.ChangeAsync(Actor, Client.Id, request));
        _busy = false;
        if (!result.Succeeded)
        {
            _errors = result.Errors ?? new Dictionary<string, string[]>();
            _detail = result.Errors is null ? result.Detail : null;
            return;
        }
        Snackbar.Add(T["Saved"], Severity.Success);
        await VisibleChanged.InvokeAsync(false);
        await OnSaved.InvokeAsync();
    }

    /// <summary>"kind: value" per line; a line without a kind is taken as a phone when it is digits, else an e-mail or chat by its look.</summary>
    private IEnumerable<ClientContactRequest> ContactLines()
    {
        foreach (var line in (_contacts ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var kind = colon > 0 ? line[..colon].Trim().ToLowerInvariant() : null;
            if (kind is not null && ClientContact.Kinds.Contains(kind))
            {
                yield return new ClientContactRequest(kind, line[(colon + 1)..].Trim());
            }
            else
            {
                yield return new ClientContactRequest(line.Contains('@') ? ClientContact.Email : line.Any(char.IsLetter) ? ClientContact.Chat : ClientContact.Phone, line);
            }
        }
    }
}
