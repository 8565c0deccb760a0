using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Api;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Stories;
using OpsBoard.Items;
using OpsBoard.Live;

namespace OpsBoard.Documents.Protocols;

/// <summary>How sending a batch ended: the protocol, or what was wrong (and then nothing was sent).</summary>
public sealed record ProtocolResult(Protocol? Protocol, IReadOnlyDictionary<string, string[]>? Errors = null,
    IReadOnlyList<BatchRefusal>? Refused = null);

/// <summary>Sends stories to the broker in one numbered batch, through the one write path.</summary>
public sealed class ProtocolService(OpsBoardDbContext db, BatchHandler batch, LiveBus bus, ProtocolLateness lateness, TimeProvider clock)
{
    public const int MaxStories = 1000;
    private const string SendToBroker = nameof(StoryTrigger.SendToBroker);
    private const string NumberTaken = "ProtocolNumberTaken";

    public async Task<ProtocolResult> SendAsync(Actor actor, IReadOnlyList<long>? storyIds, CancellationToken ct = default)
    {
        if (storyIds is null || storyIds.Count == 0 || storyIds.Count > MaxStories)
        {
            return Invalid(ApiText.Format("ProtocolStoryCount", MaxStories));
        }
        if (storyIds.Distinct().Count() != storyIds.Count)
        {
            return Invalid(ApiText.Get("ProtocolStoryRepeated"));
        }
        // Only stories go to the broker in a protocol (an operation's SendToBroker is another move); types never change.
        var notStories = await db.Items.AsNoTracking().Where(i => storyIds.Contains(i.Id) && i.Type != StoryWorkflow.Type)
            .Select(i => i.Id).ToListAsync(ct);
        if (notStories.Count > 0)
        {
            return new ProtocolResult(null, Refused: notStories.Select(id => new BatchRefusal(id,
                new CommandResult(CommandStatus.NotPermitted, Detail: ApiText.Format("ProtocolNotStory", id)))).ToList());
        }
        var senderName = await db.Users.Where(u => u.UserName == actor.UserName).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
            ?? actor.UserName;
        // A number chosen here can be taken by a protocol committed meanwhile: choose again.
        for (var attempt = 1; ; attempt++)
        {
            var (protocol, moves) = await DraftAsync(actor, senderName, storyIds, ct);
            var result = await batch.HandleAsync(actor, new BatchCommand(moves) { Also = (move, token) => NumberAsync(protocol, move, token) }, ct);
            if (result.Succeeded)
            {
                bus.Publish(new ProtocolChanged(protocol.Number, false, lateness.DueAt(protocol), clock.GetUtcNow()));
                return new ProtocolResult(protocol);
            }
            if (attempt == 5 || !result.Refused.Any(r => r.Result.BlockedBy?.Contains(NumberTaken) == true))
            {
                return new ProtocolResult(null, Refused: result.Refused);
            }
        }
    }

    /// <summary>The protocol as the stories are now, and their moves from the versions it shows; the moves' version checks keep the two in step.</summary>
    private async Task<(Protocol Protocol, List<FireCommand> Moves)> DraftAsync(Actor actor, string senderName, IReadOnlyList<long> storyIds, CancellationToken ct)
    {
        var items = await db.Items.AsNoTracking().Where(i => storyIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        // The latest note written on each story is what the broker should read.
        var notes = (await db.History.AsNoTracking().Where(h => storyIds.Contains(h.ItemId) && h.Note != null)
            .Select(h => new { h.Id, h.ItemId, h.Note }).ToListAsync(ct))
            .GroupBy(h => h.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(h => h.Id)!.Note);
        var files = await StoryDocuments.FileNamesAsync(db, storyIds, ct);
        var number = (await db.Protocols.MaxAsync(p => (long?)p.Number, ct) ?? 0) + 1;
        var protocol = Protocol.Open(number, actor.UserName, senderName, clock.GetUtcNow());
        foreach (var id in storyIds.Where(items.ContainsKey))
        {
            var item = items[id];
            protocol.Add(id, item.Title, item.Fields.Text("client") ?? string.Empty,
                StoryDocuments.Describe(item.Fields.GetValueOrDefault("documentsReceived") as string[], files.GetValueOrDefault(id)),
                notes.GetValueOrDefault(id));
        }
        var fields = new Dictionary<string, object?> { ["protocolNumber"] = number.ToString(CultureInfo.InvariantCulture) };
        var moves = storyIds.Select(id => new FireCommand(id, SendToBroker, items.TryGetValue(id, out var item) ? item.Version : 0, null, fields)).ToList();
        return (protocol, moves);
    }

    /// <summary>The protocol's rows, in the moves' transaction; refused when its number went to another protocol first.</summary>
    private static async Task<CommandResult?> NumberAsync(Protocol protocol, MoveContext move, CancellationToken ct)
    {
        if (await move.Db.Protocols.AnyAsync(p => p.Number == protocol.Number, ct))
        {
            return new CommandResult(CommandStatus.Blocked, Detail: ApiText.Format("ProtocolNumberTaken", protocol.Number),
                BlockedBy: [NumberTaken]);
        }
        move.Db.Protocols.Add(protocol);
        await move.Db.SaveChangesAsync(ct);
        return null;
    }

    public Task<Protocol?> FindAsync(long number, CancellationToken ct = default) =>
        db.Protocols.AsNoTracking().Include(p => p.Stories).FirstOrDefaultAsync(p => p.Number == number, ct);

    private static ProtocolResult Invalid(string message) => new(null, new Dictionary<string, string[]> { ["storyIds"] = [message] });
}
