using OpsBoard.Data;
using OpsBoard.Live;

namespace OpsBoard.Documents.Protocols;

/// <summary>Loads the protocols still out once the schema is in, then follows every protocol commit.</summary>
public sealed class ProtocolWatchStartup(IServiceScopeFactory scopes, ProtocolWatch watch, LiveBus bus) : IHostedService
{
    private IDisposable? _subscription;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Hosted services start before the server takes requests: nothing is sent or signed back in between.
        using var scope = scopes.CreateScope();
        await watch.LoadAsync(scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>(), cancellationToken);
        _subscription = bus.SubscribeNoticesInline(watch.Apply);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
