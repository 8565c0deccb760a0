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
        var topics = new List<string>(4) { "board", $"item:{change.ItemId}" };
        if (change.FromQueue is { } from)
        {
            topics.Add($"queue:{from}");
        }
        if (change.ToQueue is { } to && to != change.FromQueue)
        {
            topics.Add($"queue:{to}");
        }
        return hub.Clients.Groups(topics).SendAsync("itemChanged", change.ToHubPayload());
    }
}
