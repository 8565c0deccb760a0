using System.Globalization;
using System.Resources;

namespace OpsBoard.Clients;

/// <summary>
/// Marker type for <c>IStringLocalizer&lt;ClientText&gt;</c>: the clients' pages and refusals (Resources/Clients.ClientText*.resx);
/// the accessor serves the refusals, made where no localizer is at hand.
/// </summary>
public sealed class ClientText
{
    private static readonly ResourceManager Manager = new("OpsBoard.Resources.Clients.ClientText", typeof(ClientText).Assembly);

    private ClientText()
    {
    }

    public static string Get(string key) => Manager.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
