using System.Globalization;
using System.Resources;

namespace OpsBoard.Orders;

/// <summary>
/// Marker type for <c>IStringLocalizer&lt;OrderText&gt;</c>: the order desk's pages, refusals and evidence pack
/// (Resources/Orders.OrderText*.resx); the accessor serves refusals made where no localizer is at hand.
/// </summary>
public sealed class OrderText
{
    private static readonly ResourceManager Manager = new("OpsBoard.Resources.Orders.OrderText", typeof(OrderText).Assembly);

    private OrderText()
    {
    }

    public static string Get(string key) => Manager.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
