using OpsBoard.Items;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Onboarding;

public static class OnboardingExtensions
{
    /// <summary>Dossier files, sign-off rules, area notifications and the mail outbox with its sender.</summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<OnboardingOptions>(configuration.GetSection("OpsBoard:Onboarding"));
        services.Configure<MailOptions>(configuration.GetSection("OpsBoard:Mail"));
        services.AddSingleton<DocumentStore>();
        services.AddScoped<OnboardingService>();
        services.AddScoped<IItemMoveHook, OnboardingMoveHook>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}
