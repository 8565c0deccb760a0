namespace OpsBoard.Admin.Kiosks;

public static class KiosksExtensions
{
    public static IServiceCollection AddKiosks(this IServiceCollection services) => services.AddScoped<KioskService>();
}
