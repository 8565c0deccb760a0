using System.Globalization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace OpsBoard.Components.Live;

/// <summary>
/// Puts the reader's culture back around everything the browser sends to its circuit (events, JS
/// calls, navigation): the work an event starts, and whatever it awaits, then renders in the language
/// and formats the circuit started with, whatever thread or connection delivered it.
/// </summary>
public sealed class CircuitCulture : CircuitHandler
{
    private CultureInfo? _culture;
    private CultureInfo? _uiCulture;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        // The circuit opens on the request that carries the culture cookie, after the localization middleware.
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (_culture is not null && _uiCulture is not null)
            {
                CultureInfo.CurrentCulture = _culture;
                CultureInfo.CurrentUICulture = _uiCulture;
            }
            await next(context);
        };
}
