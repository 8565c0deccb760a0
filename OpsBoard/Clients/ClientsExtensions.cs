using OpsBoard.Items;

namespace OpsBoard.Clients;

public static class ClientsExtensions
{
    /// <summary>Clients as records: every new item linked to its client, limits and codes kept from the items' moves, reads and edits.</summary>
    public static IServiceCollection AddClients(this IServiceCollection services)
    {
        services.AddScoped<IItemCreateHook, ClientLinks>();
        services.AddScoped<IItemMoveHook, ClientMoveHook>();
        services.AddScoped<ClientQueries>();
        services.AddScoped<ClientBook>();
        services.AddSingleton<TierBook>();
        return services;
    }

    public static async Task LoadTiersAsync(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var tiers = services.GetRequiredService<TierBook>();
        // For the app's lifetime: the book and the bus are both singletons.
        _ = tiers.Follow(services.GetRequiredService<Live.LiveBus>());
        await tiers.LoadAsync(scope.ServiceProvider.GetRequiredService<Data.OpsBoardDbContext>());
    }
}
