using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Collections;
using OpsBoard.Components.Live;
using OpsBoard.Contacts;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Items;

/// <summary>An item's contacts with the client, and "Log contact" (the same command as the API; an outgoing call on a case is the desk's call).</summary>
public sealed partial class ContactsPanel
{
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private IReadOnlyList<ContactView> _contacts = [];
    private int _shownVersion = -1;
    private bool _open;
    private bool _asked;
    private static readonly string ChannelChip = OpsBoard.Components.Kit.ChipLook.Classes(MudBlazor.Color.Default, MudBlazor.Variant.Outlined, "ma-0 mr-1");
    private bool _busy;
    private string? _error;
    private string _channel = ContactChannels.Phone;
    private string _direction = "out";
    private string? _outcome;
    private string? _note;

    [Parameter, EditorRequired]
    public long ItemId { get; set; }

    [Parameter, EditorRequired]
    public string ItemType { get; set; } = string.Empty;

    [Parameter]
    public int Version { get; set; }

    [Parameter, EditorRequired]
    public required Actor Actor { get; set; }

    [Parameter]
    public EventCallback OnLogged { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<CollectionsText> Collections { get; init; }

    private bool IsCall => ItemType == CollectionWorkflow.Type && _channel == ContactChannels.Phone && _direction == "out";

    protected override async Task OnParametersSetAsync()
    {
        if (Version != _shownVersion)
        {
            _shownVersion = Version;
            _contacts = await Runner.RunAsync<ContactLog, IReadOnlyList<ContactView>?>(c => c.ListAsync(Actor, ItemId)) ?? [];
        }
    }

    private string OutcomeText(ContactView contact) =>
        contact.Channel == ContactChannels.Phone && CollectionWorkflow.CallOutcomes.Contains(contact.Outcome) && ItemType == CollectionWorkflow.Type
            ? Collections[$"Outcome_{contact.Outcome}"] : contact.Outcome;

    private void Open()
    {
        _error = null;
        _outcome = null;
        _note = null;
        (_asked, _open) = (true, true);
    }

    private async Task SaveAsync()
    {
        if (_busy)
        {
            return;
        }
        _busy = true;
        try
        {
            var request = new LogContactRequest(_channel, _direction, _outcome, _note);
            var (contact, refusal) = await Runner.RunAsync<ContactLog, (ContactView?, CommandResult?)>(c => c.LogAsync(Actor, ItemId, request));
            if (contact is null)
            {
                _error = refusal?.Errors?.Values.SelectMany(e => e).FirstOrDefault() ?? refusal?.Detail;
                return;
            }
            _open = false;
            Snackbar.Add(L["ContactLogged"], Severity.Success);
            await OnLogged.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
