using OpsBoard.Exports;
using OpsBoard.Items.Bulk;
using OpsBoard.Views;

namespace OpsBoard;

/// <summary>What leads use on every list: saved views, exports and bulk moves.</summary>
public static class LeadToolsExtensions
{
    public static IServiceCollection AddLeadTools(this IServiceCollection services)
    {
        services.AddScoped<SavedViews>();
        services.AddScoped<ItemExport>();
        services.AddScoped<DepositExport>();
        services.AddScoped<ProtocolExport>();
        services.AddScoped<PortfolioExport>();
        services.AddScoped<BulkHandler>();
        services.AddScoped<Collections.Deposits.DepositCandidates>();
        return services;
    }
}
