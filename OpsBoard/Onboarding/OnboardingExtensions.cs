using OpsBoard.Items;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Onboarding;

public static class OnboardingExtensions
{
    /// <summary>Dossier files (in the one file store), sign-off rules, area notifications and the mail outbox with its sender.</summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OnboardingOptions>().Bind(configuration.GetSection("OpsBoard:Onboarding"))
            .Validate(o => Components.Kit.UiKitExtensions.SupportedCultures.Contains(o.MailCulture),
                $"OpsBoard:Onboarding:MailCulture must be one of {string.Join(", ", Components.Kit.UiKitExtensions.SupportedCultures)}.")
            .ValidateOnStart();
        services.Configure<MailOptions>(configuration.GetSection("OpsBoard:Mail"));
        services.AddSingleton<AreaMail>();
        services.AddSingleton<WelcomeMail>();
        services.AddScoped<ControlSheetArchive>();
        services.AddScoped<OnboardingService>();
        services.AddScoped<DossierChanges>();
        services.AddScoped<IItemMoveHook, OnboardingMoveHook>();
        services.AddScoped<MailOutbox>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}
