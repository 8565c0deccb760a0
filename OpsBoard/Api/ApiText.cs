using System.Globalization;
using System.Resources;

namespace OpsBoard.Api;

/// <summary>
/// The reasons and validation messages the API and the pages give for a refused change
/// (Resources/Api.ApiText*.resx), in the request's UI culture. Also a marker for
/// <c>IStringLocalizer&lt;ApiText&gt;</c>; the refusals are made where no localizer is at hand, hence the accessor.
/// </summary>
public sealed class ApiText
{
    private static readonly ResourceManager Manager = new("OpsBoard.Resources.Api.ApiText", typeof(ApiText).Assembly);

    private ApiText()
    {
    }

    public static string Get(string key) => Manager.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
