using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Stories;
using OpsBoard.Files;
using OpsBoard.Items;
using OpsBoard.Items.Visibility;
using OpsBoard.Live;
using OpsBoard.Onboarding;

namespace OpsBoard.Documents.Protocols;

/// <summary>A protocol as the list shows it: its stories' count, whether its signed copy is back, and whether it is late.</summary>
public sealed record ProtocolSummary(long Number, DateTimeOffset CreatedAt, string Sender, int Stories, DateOnly? SignedBackOn,
    DateTimeOffset DueBackAt, bool IsLate, string Pdf, string? SignedCopy);

/// <summary>A story ready to go to the broker, as the protocols page offers it.</summary>
public sealed record ReadyStory(long Id, string Title, string Client, int Version);

/// <summary>
/// The protocols page's desk: what is ready to send, the protocols sent, and their signed copies
/// coming back. Sending itself is <see cref="ProtocolService"/>, the one path.
/// </summary>
public sealed class ProtocolDesk(OpsBoardDbContext db, ItemAccess access, WorkflowCatalog workflows, FileStore store, WriteGate gate,
    ProtocolLateness lateness, LiveBus bus, TimeProvider clock)
{
    /// <summary>Who sends protocols (and records their signed copies): the roles of the stories' SendToBroker.</summary>
    public static IReadOnlyList<string> SenderRoles(WorkflowCatalog workflows) =>
        workflows.Get(StoryWorkflow.Type).Triggers.First(t => t.Name == nameof(StoryTrigger.SendToBroker)).Roles;

    public bool MaySend(Actor actor) => actor.IsInAnyRole(SenderRoles(workflows));

    public async Task<IReadOnlyList<ReadyStory>> ReadyAsync(Actor viewer, CancellationToken ct = default)
    {
        var ready = access.Filter(db.Items.AsNoTracking(), viewer)
            .Where(i => i.Type == StoryWorkflow.Type && i.State == nameof(StoryState.ReadyToSend));
        var items = await ready.OrderBy(i => i.Id).Take(ProtocolService.MaxStories).ToListAsync(ct);
        return [.. items.Select(i => new ReadyStory(i.Id, i.Title, i.Fields.GetValueOrDefault("client") as string ?? string.Empty, i.Version))];
    }

    /// <summary>The protocols, newest first: all, those still "out" with the broker or those "back" (as the export names them).</summary>
    public async Task<IReadOnlyList<ProtocolSummary>> ListAsync(int take = 200, string? status = null, CancellationToken ct = default)
    {
        var query = db.Protocols.AsNoTracking();
        query = status switch
        {
            "out" => query.Where(p => p.SignedBackOn == null),
            "back" => query.Where(p => p.SignedBackOn != null),
            _ => query,
        };
        var protocols = await query.OrderByDescending(p => p.Number).Take(take).ToListAsync(ct);
        var numbers = protocols.Select(p => p.Number).ToList();
        var counts = await db.Set<ProtocolStory>().Where(s => numbers.Contains(s.ProtocolNumber))
            .GroupBy(s => s.ProtocolNumber).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var now = clock.GetUtcNow();
        return [.. protocols.Select(p => Summary(p, counts.GetValueOrDefault(p.Number), now))];
    }

    /// <summary>Records the broker's signed copy (kept in the one file store) and the day it was signed; once per protocol.</summary>
    public async Task<(ProtocolSummary? Protocol, CommandResult? Refusal, FileRefusal Kind)> SignBackAsync(Actor actor, long number, DateOnly? signedOn,
        Upload copy, CancellationToken ct = default)
    {
        if (!MaySend(actor))
        {
            return (null, new CommandResult(CommandStatus.Forbidden, Detail: ApiText.Get("ProtocolSendersOnly")), FileRefusal.None);
        }
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), lateness.Zone).DateTime);
        var day = signedOn ?? today;
        if (await db.Protocols.AsNoTracking().FirstOrDefaultAsync(p => p.Number == number, ct) is not { } found)
        {
            return (null, new CommandResult(CommandStatus.NotFound, Detail: ApiText.Format("ProtocolNotFound", number)), FileRefusal.None);
        }
        if (day > today || day < DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(found.CreatedAt, lateness.Zone).DateTime))
        {
            return (null, CommandResult.Invalid(new Dictionary<string, string[]> { ["signedOn"] = [ApiText.Get("ProtocolSignedOnOutside")] }), FileRefusal.None);
        }
        if (found.IsSignedBack)
        {
            return (null, AlreadyBack(number), FileRefusal.None);
        }
        var owner = FileStore.ProtocolFolder(number);
        var (stored, why, kind) = await store.SaveAsync(owner, copy.FileName, copy.Content, ct);
        if (stored is null)
        {
            return (null, CommandResult.Invalid(new Dictionary<string, string[]> { ["file"] = [why!] }), kind);
        }
        using (await gate.EnterAsync(ct))
        {
            // Read again inside the gate: two people recording the copy at once, the second is told it is already back.
            var protocol = await db.Protocols.FirstAsync(p => p.Number == number, ct);
            if (protocol.IsSignedBack)
            {
                db.ChangeTracker.Clear();
                if (protocol.SignedCopySha256 != stored.Sha256)
                {
                    store.Discard(owner, stored);
                }
                return (null, AlreadyBack(number), FileRefusal.None);
            }
            protocol.SignBack(day, stored.Sha256, FileNames.Clean(copy.FileName), actor.UserName, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            bus.Publish(new ProtocolChanged(number, true, lateness.DueAt(protocol), clock.GetUtcNow()));
        }
        return ((await ListAsync(ct: ct)).First(p => p.Number == number), null, FileRefusal.None);
    }

    /// <summary>Where the signed copy's bytes are, with its name, or null when there is none.</summary>
    public async Task<(string Path, string Name)?> SignedCopyAsync(long number, CancellationToken ct = default) =>
        await db.Protocols.AsNoTracking().FirstOrDefaultAsync(p => p.Number == number, ct) is { SignedCopySha256: { } sha } p
        && store.Find(FileStore.ProtocolFolder(number), sha) is { } path ? (path, p.SignedCopyName ?? sha) : null;

    private ProtocolSummary Summary(Protocol p, int stories, DateTimeOffset now)
    {
        var number = p.Number.ToString(CultureInfo.InvariantCulture);
        return new(p.Number, p.CreatedAt, p.SenderName, stories, p.SignedBackOn, lateness.DueAt(p), lateness.IsLate(p, now),
            $"/api/v1/protocols/{number}/pdf", p.IsSignedBack ? $"/api/v1/protocols/{number}/signed-copy" : null);
    }

    private static CommandResult AlreadyBack(long number) =>
        new(CommandStatus.Blocked, Detail: ApiText.Format("ProtocolAlreadyBack", number), BlockedBy: ["ProtocolAlreadyBack"]);
}
