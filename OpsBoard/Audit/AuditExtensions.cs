namespace OpsBoard.Audit;

public static class AuditExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditLog>();
        services.AddScoped<AuditQuery>();
        services.AddSingleton<Auth.IPeopleAudit, PeopleAuditLog>();
        return services;
    }
}
