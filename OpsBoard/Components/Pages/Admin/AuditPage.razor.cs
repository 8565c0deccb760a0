using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Audit;
using OpsBoard.Components.Live;

namespace OpsBoard.Components.Pages.Admin;

/// <summary>The audit log for Admins: newest first, a page of rows at a time read from the server, narrowed by kind and actor.</summary>
public sealed partial class AuditPage
{
    private MudTable<AuditView>? _table;
    private string? _kind;
    private string? _actor;

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    private async Task<TableData<AuditView>> LoadAsync(TableState state, CancellationToken ct)
    {
        var filter = new AuditFilter(_kind, _actor, Page: state.Page + 1);
        var page = await Runner.RunAsync<AuditQuery, AuditRows>(q => q.ReadAsync(filter, ct));
        return new TableData<AuditView> { Items = page.Rows, TotalItems = page.Total };
    }

    private Task OnKindChanged(string? kind)
    {
        _kind = kind;
        return Reload();
    }

    private Task OnActorChanged(string? actor)
    {
        _actor = actor;
        return Reload();
    }

    private Task Reload() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private string KindText(string kind) => L[$"Audit_{kind}"];
}
