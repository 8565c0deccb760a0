namespace OpsBoard.Security;

/// <summary>OpsBoard:Proxy — the reverse proxies whose X-Forwarded-For/-Proto are believed.</summary>
public sealed class ProxyOptions
{
    /// <summary>Their addresses; empty means loopback only (a proxy on the same machine).</summary>
    public List<string> KnownProxies { get; } = [];
}
