namespace OpsBoard.Components.Live;

/// <summary>
/// A circuit lives for hours and its events overlap; each database use gets its own short scope
/// (and DbContext) instead of sharing the circuit's.
/// </summary>
public sealed class ScopedRunner(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
