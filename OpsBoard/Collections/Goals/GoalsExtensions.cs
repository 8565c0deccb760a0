using OpsBoard.Collections.Bureau;
using OpsBoard.Collections.Deposits;
using OpsBoard.Collections.Keeping;

namespace OpsBoard.Collections.Goals;

public static class GoalsExtensions
{
    /// <summary>Goals and keeping rates, the credit bureau file, and deposit supports.</summary>
    public static IServiceCollection AddDeskGoals(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DepositSupportOptions>(configuration.GetSection("OpsBoard:Collections:DepositSupport"));
        services.AddSingleton<DeskGoalBook>();
        services.AddScoped<GoalBook>();
        services.AddScoped<AppliedPayments>();
        services.AddScoped<KeepingQuery>();
        services.AddScoped<BureauFile>();
        services.AddScoped<DepositSupports>();
        return services;
    }
}
