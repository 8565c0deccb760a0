using System.Globalization;
using System.Resources;

namespace OpsBoard.Exports;

/// <summary>Column headers and sheet names of exports (Resources/Exports.ExportText*.resx), in the request's UI culture.</summary>
public sealed class ExportText
{
    private static readonly ResourceManager Manager = new("OpsBoard.Resources.Exports.ExportText", typeof(ExportText).Assembly);

    private ExportText()
    {
    }

    public static string Get(string key) => Manager.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
