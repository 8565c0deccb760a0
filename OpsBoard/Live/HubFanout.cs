using Microsoft.AspNetCore.SignalR;

namespace OpsBoard.Live;

/// <summary>Forwards each committed change to the hub topics that care about it.</summary>
public sealed class HubFanout(LiveBus bus, IHubContext<OpsHub> hub) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(SendAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
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
        return hub.Clients.Groups(groups).SendAsync("itemChanged", change.ToHubPayload());
    }
}
