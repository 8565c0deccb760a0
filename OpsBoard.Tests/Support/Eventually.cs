namespace OpsBoard.Tests.Support;

/// <summary>
/// The one way tests wait for something another thread, node or process does: read again until the value is the one
/// expected or the patience runs out, then give the last value read, for the test's assertion to show.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public static async Task<T> Value<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? patience = null)
    {
        var until = DateTime.UtcNow + (patience ?? Patience);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
            value = await read();
        }
        return value;
    }
}
