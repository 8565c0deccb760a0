namespace OpsBoard.Runtime;

/// <summary>OpsBoard:Memory — how the server gives memory back after a burst.</summary>
public sealed class MemoryOptions
{
    /// <summary>Close pooled connections and hand free memory back to the system once the server is quiet.</summary>
    public bool TrimWhenIdle { get; set; } = true;

    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>glibc arenas; by default one per thread-pool thread, which is what let memory grow under load.</summary>
    public int NativeArenas { get; set; } = 2;
}
