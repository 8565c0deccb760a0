using OpsBoard.Data;

namespace OpsBoard.Files;

public static class FilesExtensions
{
    /// <summary>The one file store and the files any item carries.</summary>
    public static IServiceCollection AddItemFiles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FileStoreOptions>().Bind(configuration.GetSection("OpsBoard:Files"))
            .PostConfigure(o =>
            {
                // Dossier documents were kept before items had files: their settings still say where and how large.
                o.Path = o.Path is { Length: > 0 } path ? path
                    : configuration["OpsBoard:Onboarding:FilesPath"] is { Length: > 0 } older ? older
                    : DataExtensions.BesideDatabase(configuration, "onboarding-files");
                o.MaxFileBytes = o.MaxFileBytes > 0 ? o.MaxFileBytes
                    : long.TryParse(configuration["OpsBoard:Onboarding:MaxFileBytes"], out var max) && max > 0 ? max : 20 * 1024 * 1024;
            })
            .Validate(o => o.AcceptedTypes.All(n => FileTypes.Accepted.Any(t => string.Equals(t.Name, n, StringComparison.OrdinalIgnoreCase))),
                $"OpsBoard:Files:AcceptedTypes may only name {string.Join(", ", FileTypes.Accepted.Select(t => t.Name))}.")
            .ValidateOnStart();
        services.AddSingleton<FileStore>();
        services.AddScoped<ItemFiles>();
        return services;
    }
}
