using System.Globalization;
using System.Resources;

namespace OpsBoard.Onboarding.Mail;

/// <summary>
/// The mail outbox page's and API's texts (Resources/Onboarding.Mail.MailText*.resx); also the
/// marker for <c>IStringLocalizer&lt;MailText&gt;</c>.
/// </summary>
public sealed class MailText
{
    private static readonly ResourceManager Manager = new("OpsBoard.Resources.Onboarding.Mail.MailText", typeof(MailText).Assembly);

    private MailText()
    {
    }

    public static string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Manager.GetString(key, CultureInfo.CurrentUICulture) ?? key, args);
}
