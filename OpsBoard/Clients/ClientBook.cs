using Microsoft.EntityFrameworkCore;
using OpsBoard.Audit;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Items;
using OpsBoard.Live;

namespace OpsBoard.Clients;

/// <summary>How a lead's change to a client ended.</summary>
public sealed record ClientResult(CommandStatus Status, Client? Client = null, string? Detail = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public bool Succeeded => Status == CommandStatus.Ok;

    public static ClientResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(CommandStatus.Invalid, Detail: Api.ApiText.Get("FieldsInvalid"), Errors: errors);
}

/// <summary>Registers and changes clients by hand (leads, managers, admins), checked first and written inside the write gate.</summary>
public sealed class ClientBook(OpsBoardDbContext db, WriteGate gate, AuditLog audit, LiveBus bus, TimeProvider clock)
{
    public async Task<ClientResult> RegisterAsync(Actor actor, ClientRequest request, CancellationToken ct = default)
    {
        var (valid, errors) = ClientRules.Check(request);
        if (valid is null)
        {
            return ClientResult.Invalid(errors);
        }
        var now = clock.GetUtcNow();
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await ClashAsync(null, valid, ct) is { } clash)
            {
                return clash;
            }
            var client = Client.Register(valid.Name, valid.Segment, valid.Code, now);
            client.Describe(valid.Name, valid.TaxId, valid.Segment, valid.Contacts, now);
            client.SetLimit(valid.LimitAmount, valid.LimitCurrency, actor.UserName, now);
            client.SetTier(valid.Tier ?? ClientTier.Standard, now);
            await ClientLinks.AddAsync(db, client, ct);
            if (client.Tier != ClientTier.Standard)
            {
                db.AuditLog.Add(audit.Entry(AuditKind.SettingChange, $"client-tier:{client.Id}", new { previous = (string?)null, tier = client.Tier.Api() }, actor.UserName));
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
            bus.Publish(new ClientChanged(client.Id, actor.UserName, now, client.Tier));
            return new ClientResult(CommandStatus.Ok, client);
        }
    }

    /// <summary>Replaces what a lead may change; the code stays what it is (other records and papers carry it).</summary>
    public async Task<ClientResult> ChangeAsync(Actor actor, long id, ClientRequest request, CancellationToken ct = default)
    {
        var (valid, errors) = ClientRules.Check(request with { Code = null });
        if (valid is null)
        {
            return ClientResult.Invalid(errors);
        }
        var now = clock.GetUtcNow();
        using (await gate.EnterAsync(ct))
        {
            var client = await db.Clients().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (client is null)
            {
                return new ClientResult(CommandStatus.NotFound, Detail: ClientText.Format("ClientNotFound", id));
            }
            if (await ClashAsync(id, valid, ct) is { } clash)
            {
                db.Entry(client).State = EntityState.Detached;
                return clash;
            }
            client.Describe(valid.Name, valid.TaxId, valid.Segment, valid.Contacts, now);
            if (valid.LimitAmount != client.LimitAmount || valid.LimitCurrency != client.LimitCurrency)
            {
                client.SetLimit(valid.LimitAmount, valid.LimitCurrency, actor.UserName, now);
            }
            var previous = client.Tier;
            if (valid.Tier is { } tier && tier != previous)
            {
                client.SetTier(tier, now);
                // Who made a client's items jump the queue is kept in the audit log, as setting changes are.
                db.AuditLog.Add(audit.Entry(AuditKind.SettingChange, $"client-tier:{id}", new { previous = previous.Api(), tier = tier.Api() }, actor.UserName));
            }
            await db.SaveChangesAsync(ct);
            db.Entry(client).State = EntityState.Detached;
            bus.Publish(new ClientChanged(id, actor.UserName, now, client.Tier));
            return new ClientResult(CommandStatus.Ok, client);
        }
    }

    /// <summary>Another client already under that name (new items would not know which one is meant) or that code.</summary>
    private async Task<ClientResult?> ClashAsync(long? self, CheckedClient client, CancellationToken ct)
    {
        var key = ClientNames.Key(client.Name);
        if (await db.Clients().AsNoTracking().FirstOrDefaultAsync(c => c.NameKey == key && c.Id != self, ct) is { } named)
        {
            return new ClientResult(CommandStatus.Blocked, named, ClientText.Format("NameTaken", named.Name, named.Code));
        }
        if (client.Code is { } code && await db.Clients().AnyAsync(c => c.Code == code && c.Id != self, ct))
        {
            return new ClientResult(CommandStatus.Blocked, Detail: ClientText.Format("CodeTaken", code));
        }
        return null;
    }
}
