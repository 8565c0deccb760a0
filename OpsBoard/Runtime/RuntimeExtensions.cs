using Microsoft.Extensions.Options;

namespace OpsBoard.Runtime;

public static class RuntimeExtensions
{
    /// <summary>Keeps the process's memory flat: few native arenas, and memory given back once idle.</summary>
    public static IServiceCollection AddMemoryKeeping(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MemoryOptions>(configuration.GetSection("OpsBoard:Memory"));
        services.AddSingleton<RequestActivity>();
        services.AddTransient<IStartupFilter, RequestActivityFilter>();
        services.AddSingleton<IdleTrim>();
        services.AddHostedService(sp =>
        {
            // Zero leaves glibc's own default (eight arenas per core).
            if (sp.GetRequiredService<IOptions<MemoryOptions>>().Value.NativeArenas is > 0 and var arenas)
            {
                NativeHeap.LimitArenas(arenas);
            }
            return sp.GetRequiredService<IdleTrim>();
        });
        return services;
    }
}
