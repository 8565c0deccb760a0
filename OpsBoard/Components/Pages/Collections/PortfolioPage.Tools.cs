using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using OpsBoard.Collections;
using OpsBoard.Components.Kit;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;
using OpsBoard.Views;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>The portfolio's lead tools: its filters saved as a view, exported, and the ticked cases assigned or moved in bulk.</summary>
public sealed partial class PortfolioPage
{
    private readonly Ticks<PortfolioCase> _ticked = new(c => c.Id);

    /// <summary>The ticked cases as the bulk bar takes any list's rows: what it needs is their id, version, title and state.</summary>
    private IReadOnlyCollection<ItemSummary> Ticked =>
    [
        .. _ticked.Items.Select(c => new ItemSummary(c.Id, CollectionWorkflow.Type, c.Title, c.State, c.Version, c.Assignee, null, null,
            SlaStatus.None, default, default)),
    ];

    private async Task AfterBulkAsync()
    {
        _ticked.Clear();
        await RefreshAsync();
    }

    /// <summary>The page's filters by the names of the portfolio's API and export, so a view and an export read the same.</summary>
    private Dictionary<string, string?> Filters() => new()
    {
        ["agent"] = _isLead ? (Whose ?? "all") : null,
        ["state"] = string.IsNullOrEmpty(_state) ? null : _state,
        ["minDaysOverdue"] = _minDays?.ToString(CultureInfo.InvariantCulture),
        ["minAmount"] = _minAmount?.ToString(CultureInfo.InvariantCulture),
        ["contactedBefore"] = _contactedBefore?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private ViewState CurrentView() =>
        new(Filters().Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!), null, false);

    private async Task OpenView(SavedViewDto view)
    {
        var filters = view.Filters;
        if (_isLead)
        {
            _agent = filters.GetValueOrDefault("agent") is { } agent && agent != "all" ? agent : WholeDesk;
        }
        _state = filters.GetValueOrDefault("state") ?? string.Empty;
        _minDays = int.TryParse(filters.GetValueOrDefault("minDaysOverdue"), CultureInfo.InvariantCulture, out var days) ? days : null;
        _minAmount = decimal.TryParse(filters.GetValueOrDefault("minAmount"), CultureInfo.InvariantCulture, out var amount) ? amount : null;
        _contactedBefore = DateTime.TryParseExact(filters.GetValueOrDefault("contactedBefore"), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var before) ? before : null;
        await ApplyAsync();
    }

    /// <summary>The export of what the page shows: the same person (or the whole desk) and the same filters, in the next-to-call order.</summary>
    private string ExportAddress(string format)
    {
        var query = Filters();
        query["format"] = format;
        query["agent"] ??= _userName;
        return QueryHelpers.AddQueryString("/api/v1/collections/portfolio/export", query);
    }
}
