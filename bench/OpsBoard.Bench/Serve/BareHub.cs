using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using OpsBoard.Live;

namespace OpsBoard.Bench.Serve;

/// <summary>The baseline for push latency: a hub with nothing behind it but group membership.</summary>
public sealed class BareHub : Hub
{
    public Task Subscribe(string topic) => Groups.AddToGroupAsync(Context.ConnectionId, topic);
}

/// <summary>
/// Broadcasts to the bare hub the way the product does: the request is answered once the payload is
/// queued, and one pump sends it to the group, so both sides measure the same path from the 200.
/// </summary>
public sealed class BarePump(IHubContext<BareHub> hub) : BackgroundService
{
    private readonly Channel<HubPayload> _pending = Channel.CreateUnbounded<HubPayload>(new() { SingleReader = true });

    public void Enqueue(HubPayload payload) => _pending.Writer.TryWrite(payload);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var payload in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            await hub.Clients.Group("board").SendAsync("itemChanged", payload, stoppingToken);
        }
    }
}
