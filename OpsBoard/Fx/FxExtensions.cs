using OpsBoard.Data;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Fx.Limits;
using OpsBoard.Items;

namespace OpsBoard.Fx;

public static class FxExtensions
{
    /// <summary>The refund amount, in USD, above which a Lead confirms the refund.</summary>
    public const string RefundLeadAboveSetting = "OpsBoard:Fx:RefundLeadAbove";

    /// <summary>The reference rates, and the workflows built to read amounts in USD through them.</summary>
    public static IServiceCollection AddFx(this IServiceCollection services)
    {
        services.AddSingleton<UsdRateBook>();
        services.AddSingleton<IUsdRates>(sp => sp.GetRequiredService<UsdRateBook>());
        services.AddSingleton(sp => WorkflowCatalog.Create(sp.GetRequiredService<IUsdRates>(),
            sp.GetRequiredService<IConfiguration>().GetValue<decimal?>(RefundLeadAboveSetting) ?? OperationWorkflow.DefaultRefundLeadAboveUsd));
        services.AddScoped<ReferenceRates>();
        services.AddSingleton<LimitUsage>();
        services.AddScoped<Exposure.ExposureQuery>();
        services.AddScoped<IItemMoveHook, ClientLimitHook>();
        return services;
    }

    public static async Task LoadRatesAsync(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        await services.GetRequiredService<UsdRateBook>().LoadAsync(scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>());
    }
}
