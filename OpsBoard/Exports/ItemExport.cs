using Microsoft.EntityFrameworkCore;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Items;

namespace OpsBoard.Exports;

/// <summary>
/// The items a list shows (same filters, same visibility) as a table, in the list's order (by id without one),
/// read by one query whose rows are written as they arrive.
/// </summary>
public sealed class ItemExport(ItemQueries queries, BusinessTime time)
{
    public Task WriteAsync(TableWriter writer, ItemFilter filter, ItemSort? sort, Actor viewer, CancellationToken ct) =>
        WriteAsync(writer, queries.Filtered(filter, viewer), sort, ct);

    /// <summary>Any list of items already narrowed to what its reader may see (a client's items, say), with the same columns.</summary>
    public Task WriteAsync(TableWriter writer, IQueryable<WorkItem> query, ItemSort? sort, CancellationToken ct)
    {
        var ordered = sort is null ? query.OrderBy(i => i.Id) : sort.Apply(query);
        return ExportRows.WriteAsync(writer, Columns(time.Zone), ordered.AsAsyncEnumerable(), ct);
    }

    public static IReadOnlyList<ExportColumn<WorkItem>> Columns(TimeZoneInfo zone) =>
    [
        new(ExportText.Get("Id"), CellKind.Number, i => i.Id),
        new(ExportText.Get("Type"), CellKind.Text, i => WorkflowText.WorkflowType(i.Type)),
        new(ExportText.Get("Title"), CellKind.Text, i => i.Title),
        new(ExportText.Get("State"), CellKind.Text, i => WorkflowText.State(i.State)),
        new(ExportText.Get("Assignee"), CellKind.Text, i => i.Assignee),
        new(ExportText.Get("Queue"), CellKind.Text, i => i.QueueKey),
        new(ExportText.Get("Created"), CellKind.DateTime, i => Local(i.CreatedAt, zone)),
        new(ExportText.Get("Due"), CellKind.DateTime, i => Local(i.SlaDueAt, zone)),
        new(ExportText.Get("Done"), CellKind.DateTime, i => Local(i.DoneAt, zone)),
    ];

    /// <summary>An instant as the team's clock on the wall read it.</summary>
    public static DateTime? Local(DateTimeOffset? at, TimeZoneInfo zone) => at is { } value ? TimeZoneInfo.ConvertTime(value, zone).DateTime : null;
}
