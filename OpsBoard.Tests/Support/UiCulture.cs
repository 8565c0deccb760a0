using System.Globalization;

namespace OpsBoard.Tests.Support;

/// <summary>Runs a block in a user's language and formats, and puts the previous ones back afterwards.</summary>
public sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previousUi = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

    public UiCulture(string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _previousUi;
        CultureInfo.CurrentCulture = _previous;
    }
}
