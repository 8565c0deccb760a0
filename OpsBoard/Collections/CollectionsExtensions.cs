using OpsBoard.Collections.Agreements;
using OpsBoard.Collections.Compliance;
using OpsBoard.Collections.Deposits;
using OpsBoard.Collections.Goals;
using OpsBoard.Data;
using OpsBoard.Items;
using OpsBoard.Live;

namespace OpsBoard.Collections;

public static class CollectionsExtensions
{
    /// <summary>The collections desk: call logging, portfolios, deposits, the desk's counters and the broken-promise job.</summary>
    public static IServiceCollection AddCollections(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CollectionsOptions>(configuration.GetSection("OpsBoard:Collections"));
        services.AddSingleton<DeskProjection>();
        services.AddScoped<CallLog>();
        services.AddScoped<Portfolio>();
        services.AddScoped<DeskDirectory>();
        services.AddScoped<DepositDesk>();
        services.Configure<ComplianceOptions>(configuration.GetSection("OpsBoard:Collections:Compliance"));
        services.AddOptions<ComplianceOptions>().Validate(o => !o.Enabled || o.CallsUntil > o.CallsFrom, "Compliance: CallsUntil must be after CallsFrom.")
            .ValidateOnStart();
        services.AddSingleton<CallCompliance>();
        services.AddScoped<CallChecks>();
        services.AddScoped<IItemMoveHook, CallComplianceHook>();
        services.AddScoped<IItemCreateHook, DebtorZone>();
        services.Configure<AgreementOptions>(configuration.GetSection("OpsBoard:Collections:Agreements"));
        services.AddScoped<IItemMoveHook, AgreementPolicyHook>();
        services.AddDeskGoals(configuration);
        services.AddHostedService<DeskStartup>();
        services.AddHostedService<PaymentWatch>();
        return services;
    }

    /// <summary>Loads the desk's counters once the schema and demo data are in, then follows every commit.</summary>
    private sealed class DeskStartup(IServiceScopeFactory scopes, DeskProjection desk, DeskGoalBook goals, LiveBus bus) : IHostedService
    {
        private IDisposable? _subscription;

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            // Hosted services start before the server takes requests, and the job is registered after this: nothing commits in between.
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
            await goals.LoadAsync(db, cancellationToken);
            await desk.LoadAsync(db, cancellationToken);
            _subscription = bus.SubscribeInline(desk.Apply);
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            _subscription?.Dispose();
            return Task.CompletedTask;
        }
    }
}
