namespace OpsBoard.Bench.Clients;

/// <summary>Many hub clients connected and subscribed together, kept alive by pings while they listen.</summary>
public sealed class HubClientPool : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pinger;

    private HubClientPool(IReadOnlyList<HubClient> clients)
    {
        Clients = clients;
        _pinger = PingAsync();
    }

    public IReadOnlyList<HubClient> Clients { get; }

    public static async Task<HubClientPool> ConnectAsync(Uri hub, int count, string topic)
    {
        var clients = new HubClient[count];
        using var gate = new SemaphoreSlim(16);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                clients[i] = await HubClient.ConnectAsync(hub, timeout.Token);
                await clients[i].SubscribeAsync(topic);
            }
            finally
            {
                gate.Release();
            }
        }));
        return new HubClientPool(clients);
    }

    private async Task PingAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await Task.WhenAll(Clients.Select(c => c.PingAsync()));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pinger;
        await Task.WhenAll(Clients.Select(c => c.DisposeAsync().AsTask()));
        _stop.Dispose();
    }
}
