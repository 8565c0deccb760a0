using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpsBoard.Live.Nodes;

/// <summary>Degraded while the node hears nothing of the others: its screens miss their changes until it catches up.</summary>
public sealed class NodeListenerHealth(NodeListener listener) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(listener.IsListening
            ? HealthCheckResult.Healthy("Listening to the other nodes")
            : HealthCheckResult.Degraded("Not listening to the other nodes; catching up from history once reconnected"));
}
