using System.Globalization;
using System.Resources;

namespace OpsBoard.Collections.Goals;

/// <summary>
/// The texts of the desk's goals, keeping rates, credit bureau file and deposit supports (Resources/Collections.Goals.GoalsText*.resx):
/// a marker for <c>IStringLocalizer&lt;GoalsText&gt;</c> on screens, and the API's refusals in the request's language.
/// </summary>
public sealed class GoalsText
{
    private static readonly ResourceManager Manager = new("OpsBoard.Resources.Collections.Goals.GoalsText", typeof(GoalsText).Assembly);

    private GoalsText()
    {
    }

    public static string Get(string key) => Manager.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
