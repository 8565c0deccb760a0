using OpsBoard.Items;

namespace OpsBoard.Orders;

public static class OrdersExtensions
{
    /// <summary>
    /// The order desk: its rules on the one write path (lines on creation, documents as files, claims tied to orders and
    /// contracts), claims opened from orders and their evidence packs. Registered after the clients, whose link runs first.
    /// </summary>
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddScoped<IItemCreateHook, OrderLinesCheck>();
        services.AddScoped<IItemCreateHook, ClaimOrderLink>();
        services.AddScoped<IItemMoveHook, DocumentsNeedFile>();
        services.AddScoped<ClaimsFromOrders>();
        services.AddScoped<ClaimDays>();
        services.AddScoped<EvidencePackQuery>();
        return services;
    }
}
