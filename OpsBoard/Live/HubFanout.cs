using OpsBoard.Documents.Protocols;
using Microsoft.AspNetCore.SignalR;

namespace OpsBoard.Live;

/// <summary>Forwards each committed change to the hub topics that care about it.</summary>
public sealed class HubFanout(LiveBus bus, IHubContext<OpsHub> hub, HubListeners listeners, ProtocolWatch protocols) : IHostedService
{
    private IDisposable? _subscription;
    private IDisposable? _notices;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(SendAsync);
        _notices = bus.SubscribeNotices(SendAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _notices?.Dispose();
        return Task.CompletedTask;
    }

    private Task SendAsync(ItemChanged change)
    {
        // An item's own topic was checked at subscription; the shared ones are split by who may see the item.
        var groups = new List<string> { $"item:{change.ItemId}" };
        groups.AddRange(HubAudience.GroupsFor("board", change));
        foreach (var queue in new[] { change.FromQueue, change.ToQueue }.OfType<string>().Distinct())
        {
            groups.AddRange(HubAudience.GroupsFor($"queue:{queue}", change));
        }
        return SendOnceAsync(groups, "itemChanged", change.ToHubPayload());
    }

    /// <summary>The late count is the desk's business, not one agent's: it goes to those who see the board beyond their own items.</summary>
    private Task SendAsync(LiveNotice notice) => notice is ProtocolChanged change
        ? SendOnceAsync(["board|all", "board|desk", "board|areas"], "protocolChanged",
            new ProtocolPayload(change.Number, change.SignedBack, protocols.LateCount()))
        : Task.CompletedTask;

    private Task SendOnceAsync(IEnumerable<string> groups, string method, object payload) =>
        listeners.In(groups) is { Count: > 0 } connections ? hub.Clients.Clients(connections).SendAsync(method, payload) : Task.CompletedTask;
}
