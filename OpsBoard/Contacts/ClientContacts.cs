using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Contacts;

/// <summary>One contact logged on one of a client's items, with the item it was about.</summary>
public sealed record ClientContactView(ContactView Contact, string ItemTitle, string ItemType);

/// <summary>
/// The contacts logged on a client's items, newest first, across every desk: only on items the reader may see,
/// as the client's page lists and counts nothing else.
/// </summary>
public sealed class ClientContacts(OpsBoardDbContext db, ItemAccess access)
{
    public const int MaxShown = 50;

    public async Task<IReadOnlyList<ClientContactView>> LatestAsync(Actor viewer, long clientId, CancellationToken ct = default)
    {
        var items = access.Filter(db.Items.AsNoTracking().Where(i => i.ClientId == clientId), viewer);
        // Ids grow as contacts are logged, and SQLite cannot order by an instant: the newest are the highest ids.
        var rows = await (
            from c in db.Set<ItemContact>().AsNoTracking()
            join i in items on c.ItemId equals i.Id
            orderby c.Id descending
            select new { c.Id, c.ItemId, c.Channel, c.Direction, c.Outcome, c.Note, c.Actor, c.At, i.Title, i.Type }).Take(MaxShown).ToListAsync(ct);
        return [.. rows.Select(r => new ClientContactView(new ContactView(r.Id, r.ItemId, r.Channel, r.Direction, r.Outcome, r.Note, r.Actor, r.At), r.Title, r.Type))];
    }
}
