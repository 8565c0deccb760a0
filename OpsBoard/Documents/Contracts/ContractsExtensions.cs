using OpsBoard.Items;

namespace OpsBoard.Documents.Contracts;

public static class ContractsExtensions
{
    /// <summary>FX contracts: who the company is (OpsBoard:Company), the numbers and signed copies joining moves, the queue of contracts to sign.</summary>
    public static IServiceCollection AddContracts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CompanyOptions>(configuration.GetSection("OpsBoard:Company"));
        services.AddScoped<IItemMoveHook, ContractMoveHook>();
        services.AddScoped<FxContractQuery>();
        services.AddScoped<PendingContracts>();
        services.AddScoped<ContractsControl.ContractsControlQuery>();
        return services;
    }
}
