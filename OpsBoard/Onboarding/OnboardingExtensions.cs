using OpsBoard.Data;
using OpsBoard.Items;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Onboarding;

public static class OnboardingExtensions
{
    /// <summary>Dossier files, sign-off rules, area notifications and the mail outbox with its sender.</summary>
    public static IServiceCollection AddOnboarding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OnboardingOptions>().Bind(configuration.GetSection("OpsBoard:Onboarding"))
            .Validate(o => Components.Kit.UiKitExtensions.SupportedCultures.Contains(o.MailCulture),
                $"OpsBoard:Onboarding:MailCulture must be one of {string.Join(", ", Components.Kit.UiKitExtensions.SupportedCultures)}.")
            .PostConfigure(o => o.FilesPath = o.FilesPath is { Length: > 0 } path ? path : DataExtensions.BesideDatabase(configuration, "onboarding-files"))
            .ValidateOnStart();
        services.Configure<MailOptions>(configuration.GetSection("OpsBoard:Mail"));
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<AreaMail>();
        services.AddScoped<OnboardingService>();
        services.AddScoped<IItemMoveHook, OnboardingMoveHook>();
        services.AddScoped<MailOutbox>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}
