using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;
using OpsBoard.Items;

namespace OpsBoard.Clients;

/// <summary>
/// Ties every new item to its client in the creation's transaction: the one the caller picked, or the one
/// whose name matches the item's client field, made on the spot when no client matches yet.
/// </summary>
public sealed class ClientLinks : IItemCreateHook
{
    public const string ClientField = "client";

    public async Task<CommandResult?> OnCreateAsync(CreateContext create, CancellationToken ct)
    {
        var db = create.Db;
        if (create.Command.ClientId is { } chosen)
        {
            if (!await db.Clients().AnyAsync(c => c.Id == chosen, ct))
            {
                return CommandResult.Invalid(new Dictionary<string, string[]> { ["clientId"] = [ClientText.Format("ClientUnknown", chosen)] });
            }
            create.Item.LinkClient(chosen);
            return null;
        }
        if (create.Item.Fields.Text(ClientField) is not { } name || ClientNames.Key(name).Length == 0)
        {
            return null;
        }
        create.Item.LinkClient(await IdForAsync(db, name, SegmentOf(create.Item.Fields, name), create.At, ct));
        return null;
    }

    /// <summary>The client of that name, registered when there is none; inside the caller's write gate and transaction.</summary>
    public static async Task<long> IdForAsync(OpsBoardDbContext db, string name, ClientSegment segment, DateTimeOffset now, CancellationToken ct)
    {
        var key = ClientNames.Key(name);
        if (await db.Clients().Where(c => c.NameKey == key).OrderBy(c => c.Id).Select(c => (long?)c.Id).FirstOrDefaultAsync(ct) is { } id)
        {
            return id;
        }
        var client = Client.Register(name.Trim(), segment, null, now);
        await AddAsync(db, client, ct);
        return client.Id;
    }

    /// <summary>Stores a new client and, when it came without one, gives it the code made from its id.</summary>
    public static async Task AddAsync(OpsBoardDbContext db, Client client, CancellationToken ct)
    {
        db.Clients().Add(client);
        await db.SaveChangesAsync(ct);
        if (client.Code.StartsWith('~'))
        {
            client.GiveCode(ClientCodes.Generated(client.Id));
            await db.SaveChangesAsync(ct);
        }
        db.Entry(client).State = EntityState.Detached;
    }

    /// <summary>A story says whether its client is a person or a company; other items go by the name's legal form.</summary>
    public static ClientSegment SegmentOf(IReadOnlyDictionary<string, object?> fields, string name) => fields.Text("clientType") switch
    {
        "company" => ClientSegment.Company,
        "person" => ClientSegment.Individual,
        _ => ClientNames.LooksLikeCompany(name) ? ClientSegment.Company : ClientSegment.Individual,
    };
}
