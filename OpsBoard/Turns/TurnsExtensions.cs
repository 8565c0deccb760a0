namespace OpsBoard.Turns;

public static class TurnsExtensions
{
    /// <summary>Whose turn it is: the broker's deadlines, the times by party of an item and of any period.</summary>
    public static IServiceCollection AddTurns(this IServiceCollection services)
    {
        services.AddSingleton<BrokerDeadlines>();
        services.AddSingleton<PartySplitter>();
        services.AddScoped<PartyTimeQuery>();
        services.AddScoped<ItemTimes>();
        return services;
    }
}
