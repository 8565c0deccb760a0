using OpsBoard.History;
using OpsBoard.Items.Visibility;

namespace OpsBoard.Items;

public static class ItemCommandsExtensions
{
    /// <summary>The one write path: the commit step every command ends in and the handlers beside it.</summary>
    public static IServiceCollection AddItemCommands(this IServiceCollection services)
    {
        services.AddSingleton<ItemMoves>();
        services.AddSingleton<TakeLine>();
        services.AddScoped<CommitStep>();
        services.AddHistoryChain();
        services.AddScoped<MovePlanner>();
        services.AddScoped<CreateHandler>();
        services.AddScoped<FireHandler>();
        services.AddScoped<AssignHandler>();
        services.AddScoped<AnnotateHandler>();
        services.AddScoped<BatchHandler>();
        services.AddScoped<TakeNextHandler>();
        services.AddItemVisibility();
        return services;
    }
}
