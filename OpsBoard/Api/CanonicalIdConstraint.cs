using System.Globalization;

namespace OpsBoard.Api;

/// <summary>
/// Every number in our routes is a row's id, so a route's <c>{id:long}</c> takes an id only as it is written:
/// digits, no sign, no leading zero, no spaces, within a long. The framework's own <c>long</c> also takes
/// " 148", "+5" and "-1", which named the same row under other spellings.
/// </summary>
public sealed class CanonicalIdConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && IsCanonical(Convert.ToString(value, CultureInfo.InvariantCulture));

    public static bool IsCanonical(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= 19 && text[0] is >= '1' and <= '9' && text.All(char.IsAsciiDigit)
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
