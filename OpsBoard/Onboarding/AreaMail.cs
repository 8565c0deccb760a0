using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Onboarding;

namespace OpsBoard.Onboarding;

/// <summary>
/// The email an area gets when a new client's dossier awaits its signature: the client's summary and
/// a link, in the team's mail language (<see cref="OnboardingOptions.MailCulture"/>) whoever made the move.
/// </summary>
public sealed class AreaMail(IStringLocalizer<OnboardingText> text, IStringLocalizer<WorkflowText> words)
{
    public (string Subject, string Body) Compose(WorkItem dossier, string areaRole, string publicUrl, CultureInfo culture)
    {
        var (uiCulture, formatCulture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            var f = dossier.Fields;
            var client = f.Text("client") ?? dossier.Title;
            var code = f.Text("clientCode");
            var area = ControlSheet.Areas.FirstOrDefault(a => ControlSheet.RoleOf(a) == areaRole) is { } key ? text[key].Value : areaRole;
            var body = new StringBuilder()
                .AppendLine(text["MailNewClient", area, client, code ?? "-"])
                .AppendLine();
            foreach (var field in new[] { "address", "serviceFrequency", "servicesRequested", "conditions" })
            {
                body.AppendLine($"{words.Field(field)}: {f.Text(field) ?? "-"}");
            }
            body.AppendLine($"{words.Field("moneyProcessing")}: {text[f.Flag("moneyProcessing") ? "MailYes" : "MailNo"]}")
                .AppendLine($"{words.Field("contactEmail")}: {f.Text("contactEmail") ?? "-"}")
                .AppendLine()
                .AppendLine(text["MailConfirm"])
                .AppendLine($"{publicUrl.TrimEnd('/')}/onboarding/{dossier.Id}");
            return (text["MailSubject", client, code ?? "-", area], body.ToString());
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (uiCulture, formatCulture);
        }
    }
}
