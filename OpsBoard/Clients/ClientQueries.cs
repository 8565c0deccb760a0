using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Collections;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Items;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Clients;

/// <summary>What to list: a search over name, code and tax id, a segment, a page.</summary>
public sealed record ClientFilter(string? Q = null, string? Segment = null, int Page = 1, int PageSize = 25);

/// <summary>Reads clients, and their items only as far as the reader may see them; never changes anything.</summary>
public sealed class ClientQueries(OpsBoardDbContext db, ItemAccess access, IOptions<CollectionsOptions> collections, TimeProvider clock)
{
    public async Task<ClientList> ListAsync(ClientFilter filter, CancellationToken ct = default)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var query = db.Clients().AsNoTracking();
        if (Enum.TryParse<ClientSegment>(filter.Segment, true, out var segment) && Enum.IsDefined(segment))
        {
            query = query.Where(c => c.Segment == segment);
        }
        if (filter.Q?.Trim() is { Length: > 0 } text)
        {
            var pattern = $"%{Escape(text)}%";
            var key = $"%{Escape(ClientNames.Key(text))}%";
            query = query.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Code, pattern, "\\")
                || EF.Functions.Like(c.TaxId!, pattern, "\\") || (key != "%%" && EF.Functions.Like(c.NameKey, key, "\\")));
        }
        var (rows, total) = await PagedRead.ReadAsync(query, query.OrderBy(c => c.Name).ThenBy(c => c.Id), page, size, ct);
        return new ClientList([.. rows.Select(ClientSummary.From)], total, page, size);
    }

    public async Task<ClientDetail?> DetailAsync(long id, Actor viewer, CancellationToken ct = default)
    {
        if (await db.Clients().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } client)
        {
            return null;
        }
        var items = await access.Filter(db.Items.AsNoTracking().Where(i => i.ClientId == id), viewer).ToListAsync(ct);
        return new ClientDetail(ClientView.From(client), Totals(items));
    }

    /// <summary>The client's items the viewer may see, of one workflow or all, a page at a time.</summary>
    public async Task<ItemPage> ItemsAsync(long id, Actor viewer, string? type, int page, int pageSize, ItemSort sort, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var size = Math.Clamp(pageSize, 1, 200);
        var query = ItemsQuery(id, viewer, type);
        var (rows, total) = await PagedRead.ReadAsync(query, sort.Apply(query), page, size, ct);
        var now = clock.GetUtcNow();
        return new ItemPage([.. rows.Select(i => ItemSummary.From(i, now))], total, page, size);
    }

    /// <summary>The client's items the viewer may see, of one workflow or all, unread: the page and the export share it.</summary>
    public IQueryable<WorkItem> ItemsQuery(long id, Actor viewer, string? type)
    {
        var query = access.Filter(db.Items.AsNoTracking().Where(i => i.ClientId == id), viewer);
        return string.IsNullOrWhiteSpace(type) ? query : query.Where(i => i.Type == type.ToLower());
    }

    public async Task<ClientSummary?> SummaryAsync(long id, CancellationToken ct = default) =>
        await db.Clients().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } client ? ClientSummary.From(client) : null;

    public Task<bool> ExistsAsync(long id, CancellationToken ct = default) => db.Clients().AnyAsync(c => c.Id == id, ct);

    /// <summary>Summed here, not in SQL: amounts live in the items' JSON fields and a client's items are few.</summary>
    private ClientTotals Totals(List<Domain.Items.WorkItem> items)
    {
        var open = items.Where(i => !i.IsDone).ToList();
        var operations = open.Where(i => i.Type == OperationWorkflow.Type).ToList();
        var cases = open.Where(i => i.Type == CollectionWorkflow.Type).ToList();
        var owed = cases.Aggregate(0m, (sum, i) => FieldLimits.AddCapped(sum,
            Math.Max(0m, (i.Fields.Decimal("amountDue") ?? 0m) - (i.Fields.Decimal("recoveredAmount") ?? 0m))));
        var dossier = items.Where(i => i.Type == OnboardingWorkflow.Type).OrderByDescending(i => i.Id).FirstOrDefault();
        return new ClientTotals(open.Count, items.Count, operations.Count,
            [.. operations.GroupBy(i => Components.Pages.Items.FieldFormat.CurrencyOf(i.Fields)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new MoneyTotal(g.Key, g.Aggregate(0m, (sum, i) => FieldLimits.AddCapped(sum, i.Fields.Decimal("amount") ?? 0m))))],
            open.Count(i => i.Type == ClaimWorkflow.Type), cases.Count,
            cases.Count > 0 ? [new MoneyTotal(collections.Value.Currency, owed)] : [],
            dossier is null ? null : new DossierState(dossier.Id, dossier.State, dossier.IsDone));
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
