using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Collections;
using OpsBoard.Documents;
using OpsBoard.Onboarding;

namespace OpsBoard.Components.Layout;

/// <summary>The drawer's links, the reader's own ones only, the current page's lit.</summary>
public sealed partial class NavMenu : IDisposable
{
    private IReadOnlyList<NavEntry> _links = [];

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<CollectionsText> Collections { get; init; }

    [Inject]
    public required IStringLocalizer<OnboardingText> Onboarding { get; init; }

    [Inject]
    public required IStringLocalizer<DocumentText> Documents { get; init; }

    [Inject]
    public required IStringLocalizer<OpsBoard.Fx.FxText> Fx { get; init; }

    [Inject]
    public required Domain.Workflows.WorkflowCatalog Workflows { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        NavEntry[] all =
        [
            new("queues", Icons.Material.Filled.Inbox, L["Queues"]),
            // Exact, so the portfolio's link is not lit while the deposits page is open.
            new("collections", Icons.Material.Filled.PhoneForwarded, Collections["Collections"], Exact: true),
            new("collections/deposits", Icons.Material.Filled.AccountBalance, Collections["Deposits"]),
            new("onboarding", Icons.Material.Filled.FolderShared, Onboarding["Onboarding"]),
            new("clients", Icons.Material.Filled.Business, Clients.ClientText.Get("Clients"), Test: "nav-clients"),
            new("workflows", Icons.Material.Filled.AccountTree, L["Workflows"]),
            new("wallboard", Icons.Material.Filled.Tv, L["Wallboard"]),
            new("protocols", Icons.Material.Filled.LocalShipping, L["Protocols"], [.. OpsBoard.Documents.Protocols.ProtocolDesk.SenderRoles(Workflows)], "nav-protocols"),
            new("reports", Icons.Material.Filled.Assessment, Documents["ReportsPage"], ["Lead", "Manager", "Admin"], "nav-reports"),
            new("fx/rates", Icons.Material.Filled.CurrencyExchange, Fx["RatesPage"], ["Lead", "Manager", "Admin"], "nav-rates"),
            new("fx/contracts", Icons.Material.Filled.HistoryEdu, Fx["ContractsPage"], Test: "nav-contracts"),
            new("fx/exposure", Icons.Material.Filled.Balance, Fx["ExposurePage"], ["Agent", "Lead", "Manager", "Admin"], "nav-exposure"),
            new("admin/users", Icons.Material.Filled.ManageAccounts, Auth.PeopleText.Get("NavPeople"), ["Admin"], "nav-people"),
            new("admin/audit", Icons.Material.Filled.Policy, L["AuditLog"], ["Admin"], "nav-audit"),
            new("admin/mail", Icons.Material.Filled.Outbox, Onboarding["MailOutbox"], ["Admin"], "nav-admin-mail"),
        ];
        _links = all.Where(l => l.Roles is null || l.Roles.Any(user.IsInRole)).ToList();
        Navigation.LocationChanged -= Moved;
        Navigation.LocationChanged += Moved;
    }

    private bool IsActive(NavEntry link)
    {
        var path = Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0].TrimEnd('/');
        return link.Exact
            ? string.Equals(path, link.Href, StringComparison.OrdinalIgnoreCase)
            : string.Equals(path, link.Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(link.Href + "/", StringComparison.OrdinalIgnoreCase);
    }

    private void Moved(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(StateHasChanged);

    public void Dispose() => Navigation.LocationChanged -= Moved;

    /// <summary>A link of the drawer: where it goes, its icon and text, who sees it (everyone when no roles are given).</summary>
    private sealed record NavEntry(string Href, string Icon, string Text, string[]? Roles = null, string? Test = null, bool Exact = false);
}
