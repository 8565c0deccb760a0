using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Onboarding;

/// <summary>
/// The welcome e-mail Customer Service owes a client whose service starts: how to ask for services,
/// schedule changes and supplies, whom to reach, and how changes are handled; in the client's language.
/// </summary>
public sealed class WelcomeMail(IStringLocalizer<OnboardingText> text, IOptions<OnboardingOptions> options)
{
    /// <summary>The mail to the dossier's contact, or null when the dossier has no contact address.</summary>
    public OutboxMail? For(WorkItem dossier, DateTimeOffset now)
    {
        var to = dossier.Fields.Text("contactEmail");
        if (string.IsNullOrWhiteSpace(to))
        {
            return null;
        }
        var (subject, body) = Compose(dossier, CultureOf(dossier));
        return OutboxMail.Create(to.Trim(), subject, body, now);
    }

    /// <summary>The client's own language when the dossier names one, else the team's.</summary>
    public CultureInfo CultureOf(WorkItem dossier) =>
        new(dossier.Fields.Text("language") is { } lang && OnboardingWorkflow.Languages.Contains(lang) ? lang : options.Value.MailCulture);

    public (string Subject, string Body) Compose(WorkItem dossier, CultureInfo culture)
    {
        var (uiCulture, formatCulture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            var o = options.Value;
            var client = dossier.Fields.Text("client") ?? dossier.Title;
            var code = dossier.Fields.Text("clientCode") ?? "-";
            var body = new StringBuilder()
                .AppendLine(text["WelcomeGreeting", client, code]).AppendLine()
                .AppendLine(text["WelcomeRequests", o.CustomerServiceEmail, o.CustomerServicePhone]).AppendLine()
                .AppendLine(text["WelcomeChanges"]).AppendLine()
                .AppendLine(text["WelcomeSignature"]);
            return (text["WelcomeSubject", client, code], body.ToString());
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (uiCulture, formatCulture);
        }
    }
}
