namespace OpsBoard.Live.Presence;

public static class PresenceExtensions
{
    public static IServiceCollection AddPresence(this IServiceCollection services) =>
        services.AddSingleton<PresenceRegistry>().AddScoped<CircuitPresence>();
}
