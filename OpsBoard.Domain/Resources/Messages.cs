using System.Globalization;
using System.Resources;

namespace OpsBoard.Domain.Resources;

/// <summary>The domain's user-facing texts, looked up in the current UI culture.</summary>
public static class Messages
{
    private static readonly ResourceManager Manager = new("OpsBoard.Domain.Resources.Messages", typeof(Messages).Assembly);

    public static string Get(string key, CultureInfo? culture = null) =>
        Manager.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);
}
