using System.Globalization;
using System.Resources;

namespace OpsBoard.Auth;

/// <summary>
/// What the people and kiosk screens, their API and the password policy say (Resources/Auth.PeopleText*.resx),
/// in the reader's UI culture. Also the marker for <c>IStringLocalizer&lt;PeopleText&gt;</c>.
/// </summary>
public sealed class PeopleText
{
    private static readonly ResourceManager Manager = new("OpsBoard.Resources.Auth.PeopleText", typeof(PeopleText).Assembly);

    private PeopleText()
    {
    }

    public static string Get(string key) => Manager.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
