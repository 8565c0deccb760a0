using System.Globalization;

namespace OpsBoard.Tests.Support;

/// <summary>Runs a block in a user's language and puts the previous one back afterwards.</summary>
public sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UiCulture(string culture) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
