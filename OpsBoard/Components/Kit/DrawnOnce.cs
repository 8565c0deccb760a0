using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace OpsBoard.Components.Kit;

/// <summary>
/// A component drawn to HTML once and handed, as the same string, to every open page that shows the same thing in the
/// same language. For pictures nobody clicks, such as a wallboard's charts: as live components, MudBlazor's two bar charts
/// kept about 200 KB of render trees, event handlers and chart points in every open wallboard's circuit; as markup, a page
/// keeps a reference to a string all of them share.
/// </summary>
public sealed class DrawnOnce(IServiceScopeFactory scopes, ILoggerFactory logs)
{
    // A handful of rooms in a handful of languages, and the day's last few data points each.
    private const int Kept = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task<string>> _drawn = [];
    private readonly Dictionary<string, Task<string>> _forGood = [];
    private readonly Queue<string> _order = new();

    /// <summary>
    /// The component's HTML for these parameters in the reader's culture; <paramref name="key"/> must say everything the
    /// parameters show, since the same key gets the same picture. Pictures drawn <paramref name="forGood"/> (a theme's
    /// style, the same all day) are never dropped for newer ones; the others make room for the latest few.
    /// </summary>
    public Task<string> DrawAsync<TComponent>(string key, IDictionary<string, object?> parameters, bool forGood = false)
        where TComponent : IComponent
    {
        var culture = CultureInfo.CurrentCulture;
        var ui = CultureInfo.CurrentUICulture;
        var kept = $"{typeof(TComponent).FullName}|{culture.Name}|{ui.Name}|{key}";
        lock (_gate)
        {
            if (_forGood.TryGetValue(kept, out var drawn) || _drawn.TryGetValue(kept, out drawn))
            {
                return drawn;
            }
            drawn = DrawAsync<TComponent>(kept, parameters, culture, ui);
            if (forGood)
            {
                _forGood[kept] = drawn;
                return drawn;
            }
            _drawn[kept] = drawn;
            // A key drawn again after a failed draw is still in the queue once.
            if (!_order.Contains(kept))
            {
                _order.Enqueue(kept);
            }
            while (_order.Count > Kept)
            {
                _drawn.Remove(_order.Dequeue());
            }
            return drawn;
        }
    }

    private async Task<string> DrawAsync<TComponent>(string kept, IDictionary<string, object?> parameters, CultureInfo culture, CultureInfo ui)
        where TComponent : IComponent
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var renderer = new HtmlRenderer(scope.ServiceProvider, logs);
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = ui;
                var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
                return output.ToHtmlString();
            });
        }
        catch
        {
            // The next page to ask draws it again rather than inheriting the failure.
            lock (_gate)
            {
                _drawn.Remove(kept);
                _forGood.Remove(kept);
            }
            throw;
        }
    }
}
