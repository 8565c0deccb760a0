namespace OpsBoard.Backups;

public static class BackupsExtensions
{
    /// <summary>Online backups of the database file, from the API and the command line.</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseFile>();
        services.AddSingleton<DatabaseBackup>();
        services.AddHostedService<DatabaseInUse>();
        return services;
    }
}
