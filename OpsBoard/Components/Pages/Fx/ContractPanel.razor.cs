using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Components.Live;
using OpsBoard.Documents.Contracts;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Files;
using OpsBoard.Fx;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Fx;

/// <summary>
/// An operation's contract on its page: the PDF once closed, and signing with one of the PDFs or images already
/// attached, so nobody types a file's SHA-256 by hand. The move goes through the same command as the API.
/// </summary>
public sealed partial class ContractPanel
{
    private static readonly string[] Signable = [nameof(OperationState.Closed), nameof(OperationState.AtBroker)];
    private IReadOnlyList<ItemFileView> _copies = [];
    private bool _needed;
    private bool _closed;
    private bool _signed;
    private bool _canSign;
    private bool _busy;
    private string? _error;

    [Parameter, EditorRequired]
    public required WorkItem Item { get; set; }

    [Parameter, EditorRequired]
    public required Actor Actor { get; set; }

    [Parameter]
    public EventCallback OnSigned { get; set; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required IUsdRates Rates { get; init; }

    [Inject]
    public required IStringLocalizer<FxText> T { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        object? Field(string name) => Item.Fields.GetValueOrDefault(name);
        _needed = Item.Type == OperationWorkflow.Type && Field("usdRate") is decimal && OperationWorkflow.NeedsContract(Field, Rates);
        _closed = _needed && Field("rate") is decimal;
        _signed = OperationWorkflow.IsSigned(Field);
        _canSign = _needed && Signable.Contains(Item.State);
        _copies = _canSign && !_signed
            ? [.. (await Runner.RunAsync<ItemFiles, IReadOnlyList<ItemFileView>?>(f => f.ListAsync(Actor, Item.Id)) ?? [])
                .Where(f => ContractMoveHook.IsSignable(f.MediaType))]
            : [];
    }

    private async Task SignAsync(ItemFileView file)
    {
        _busy = true;
        var command = new FireCommand(Item.Id, nameof(OperationTrigger.SignContract), Item.Version, null,
            new Dictionary<string, object?> { ["signedCopy"] = file.Sha256 });
        var result = await Runner.RunAsync<FireHandler, CommandResult>(h => h.HandleAsync(Actor, command));
        _busy = false;
        _error = result.Succeeded ? null : string.Join(" ", result.Errors?.Values.SelectMany(e => e) ?? [result.Detail ?? string.Empty]);
        if (result.Succeeded)
        {
            await OnSigned.InvokeAsync();
        }
    }
}
