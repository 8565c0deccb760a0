namespace OpsBoard.Api;

public static class ApiInputExtensions
{
    /// <summary>Ids in routes only in their one canonical spelling (<see cref="CanonicalIdConstraint"/>).</summary>
    public static IServiceCollection AddApiInput(this IServiceCollection services) =>
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<CanonicalIdConstraint>("long"));
}
