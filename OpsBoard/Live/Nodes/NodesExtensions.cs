namespace OpsBoard.Live.Nodes;

public static class NodesExtensions
{
    /// <summary>On PostgreSQL, every node hears the others' commits; on SQLite there is one node and nothing to hear.</summary>
    public static IServiceCollection AddLiveAcrossNodes(this IServiceCollection services, string? postgreSqlConnection)
    {
        if (postgreSqlConnection is null)
        {
            services.AddSingleton<ICommitSignal, NoCommitSignal>();
            return services;
        }
        services.AddSingleton<NotifyCommitSignal>();
        services.AddSingleton<ICommitSignal>(sp => sp.GetRequiredService<NotifyCommitSignal>());
        services.AddScoped<HistoryReplay>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<NodeListener>(sp, postgreSqlConnection));
        services.AddHostedService(sp => sp.GetRequiredService<NodeListener>());
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<NotifyNoticeRelay>(sp, postgreSqlConnection));
        services.AddSingleton<INoticeRelay>(sp => sp.GetRequiredService<NotifyNoticeRelay>());
        services.AddHostedService(sp => sp.GetRequiredService<NotifyNoticeRelay>());
        services.AddHealthChecks().AddCheck<NodeListenerHealth>("live-across-nodes");
        return services;
    }
}
