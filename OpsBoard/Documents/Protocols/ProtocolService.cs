using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Stories;
using OpsBoard.Items;

namespace OpsBoard.Documents.Protocols;

/// <summary>How sending a batch ended: the protocol, or what was wrong (and then nothing was sent).</summary>
public sealed record ProtocolResult(Protocol? Protocol, IReadOnlyDictionary<string, string[]>? Errors = null,
    IReadOnlyList<BatchRefusal>? Refused = null);

/// <summary>Sends stories to the broker in one numbered batch, through the one write path.</summary>
public sealed class ProtocolService(OpsBoardDbContext db, ItemCommands commands, TimeProvider clock)
{
    public const int MaxStories = 1000;
    private const string SendToBroker = nameof(StoryTrigger.SendToBroker);

    public async Task<ProtocolResult> SendAsync(Actor actor, IReadOnlyList<long>? storyIds, CancellationToken ct = default)
    {
        if (storyIds is null || storyIds.Count == 0 || storyIds.Count > MaxStories)
        {
            return Invalid($"Give between 1 and {MaxStories} story ids.");
        }
        if (storyIds.Distinct().Count() != storyIds.Count)
        {
            return Invalid("A story can be listed only once in a protocol.");
        }
        // Only stories go to the broker in a protocol (an operation's SendToBroker is another move); types never change.
        var notStories = await db.Items.AsNoTracking().Where(i => storyIds.Contains(i.Id) && i.Type != StoryWorkflow.Type)
            .Select(i => i.Id).ToListAsync(ct);
        if (notStories.Count > 0)
        {
            return new ProtocolResult(null, Refused: notStories.Select(id => new BatchRefusal(id,
                new CommandResult(CommandStatus.NotPermitted, Detail: $"Item {id} is not a story."))).ToList());
        }
        var senderName = await db.Users.Where(u => u.UserName == actor.UserName).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
            ?? actor.UserName;
        Protocol? protocol = null;
        var result = await commands.FireAllAsync(actor, async token =>
        {
            var items = await db.Items.AsNoTracking().Where(i => storyIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, token);
            // The latest note written on each story is what the broker should read.
            var notes = (await db.History.AsNoTracking().Where(h => storyIds.Contains(h.ItemId) && h.Note != null)
                .Select(h => new { h.Id, h.ItemId, h.Note }).ToListAsync(token))
                .GroupBy(h => h.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(h => h.Id)!.Note);
            protocol = Protocol.Open(actor.UserName, senderName, clock.GetUtcNow());
            foreach (var id in storyIds.Where(items.ContainsKey))
            {
                var item = items[id];
                protocol.Add(id, item.Title, item.Fields.Text("client") ?? string.Empty,
                    item.Fields.GetValueOrDefault("documentsReceived") is string[] docs ? string.Join(", ", docs) : string.Empty,
                    notes.GetValueOrDefault(id));
            }
            db.Protocols.Add(protocol);
            await db.SaveChangesAsync(token);
            var number = JsonSerializer.SerializeToElement(protocol.Number.ToString(CultureInfo.InvariantCulture));
            return storyIds.Select(id => new BatchMove(id, new TransitionRequest(SendToBroker,
                items.TryGetValue(id, out var item) ? item.Version : 0, null, new() { ["protocolNumber"] = number })))
                .ToList();
        }, ct);
        return result.Succeeded ? new ProtocolResult(protocol) : new ProtocolResult(null, Refused: result.Refused);
    }

    public Task<Protocol?> FindAsync(long number, CancellationToken ct = default) =>
        db.Protocols.AsNoTracking().Include(p => p.Stories).FirstOrDefaultAsync(p => p.Number == number, ct);

    private static ProtocolResult Invalid(string message) => new(null, new Dictionary<string, string[]> { ["storyIds"] = [message] });
}
