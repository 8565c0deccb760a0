using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpsBoard.Domain;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Onboarding;

namespace OpsBoard.Tests.Onboarding;

public sealed class AreaMailTextTests
{
    private static readonly WorkItem Dossier = WorkItem.Create(OnboardingWorkflow.Type, "New client — Padaria Estrela", "Notified", null,
        new Dictionary<string, object?>
        {
            ["client"] = "Padaria Estrela",
            ["clientCode"] = "PE-0042",
            ["address"] = "Rua Augusta 500",
            ["moneyProcessing"] = true,
        },
        DateTimeOffset.UnixEpoch, null);

    [Theory]
    [InlineData("pt-BR", "[OpsBoard] Novo cliente Padaria Estrela (PE-0042): assinatura de Segurança", "Endereço: Rua Augusta 500",
        "Processamento de valores: sim", "Por favor, confirme na folha de controle:")]
    [InlineData("es", "[OpsBoard] Nuevo cliente Padaria Estrela (PE-0042): firma de Seguridad", "Dirección: Rua Augusta 500",
        ": sí", "Por favor, confirme en la hoja de control:")]
    [InlineData("ru", "[OpsBoard] Новый клиент Padaria Estrela (PE-0042): подпись — Безопасность", ": Rua Augusta 500",
        ": да", "Пожалуйста, подтвердите в контрольном листе:")]
    [InlineData("en", "[OpsBoard] New client Padaria Estrela (PE-0042): Security sign-off", "Address: Rua Augusta 500",
        "Money processing: yes", "Please confirm on the control sheet:")]
    public void An_areas_email_is_written_in_the_teams_mail_language(string culture, string subject, string address, string cash, string confirm)
    {
        var before = CultureInfo.CurrentUICulture;

        var (actualSubject, body) = Mail().Compose(Dossier, Roles.Security, "https://opsboard.example/", new CultureInfo(culture));

        Assert.Equal(subject, actualSubject);
        Assert.Contains(address, body, StringComparison.Ordinal);
        Assert.Contains(cash, body, StringComparison.Ordinal);
        Assert.Contains(confirm, body, StringComparison.Ordinal);
        Assert.Contains("https://opsboard.example/onboarding/0", body, StringComparison.Ordinal);
        Assert.Equal(before, CultureInfo.CurrentUICulture);
    }

    private static AreaMail Mail()
    {
        var services = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider();
        return new AreaMail(services.GetRequiredService<IStringLocalizer<OnboardingText>>(), services.GetRequiredService<IStringLocalizer<WorkflowText>>());
    }
}
