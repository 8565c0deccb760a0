using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsBoard.Components.Kit;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Tests.Components.Kit;

/// <summary>
/// Renders kit components to HTML with the framework's HtmlRenderer, in a chosen culture, at a
/// chosen "now" and in a chosen business time zone, with the same services the app registers.
/// </summary>
internal sealed class KitRenderer : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;
    private readonly CultureInfo culture;

    public KitRenderer(string culture = "en", TimeProvider? time = null, string timeZone = "UTC")
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton(time ?? TimeProvider.System);
        collection.AddUiKit();
        collection.AddSingleton(OpsBoard.Domain.Workflows.WorkflowCatalog.Default);
        collection.AddSingleton(new BusinessTime(new BusinessCalendar(new BusinessCalendarOptions { TimeZone = timeZone })));
        services = collection.BuildServiceProvider();
        renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        this.culture = CultureInfo.GetCultureInfo(culture);
    }

    public IServiceProvider Services => services;

    public Task<string> RenderAsync<TComponent>(params (string Name, object? Value)[] parameters)
        where TComponent : IComponent =>
        InvokeAsync(async () =>
        {
            var dictionary = parameters.ToDictionary(p => p.Name, p => p.Value);
            var root = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(dictionary));
            return Decode(root.ToHtmlString());
        });

    /// <summary>Renders and keeps the root, so a test can act on components and read the HTML again.</summary>
    public Task<HtmlRootComponent> RenderRootAsync<TComponent>(params (string Name, object? Value)[] parameters)
        where TComponent : IComponent =>
        InvokeAsync(() => renderer.RenderComponentAsync<TComponent>(
            ParameterView.FromDictionary(parameters.ToDictionary(p => p.Name, p => p.Value))));

    public Task<string> HtmlOfAsync(HtmlRootComponent root) => InvokeAsync(() => Task.FromResult(Decode(root.ToHtmlString())));

    public Task InvokeAsync(Action action) => InvokeAsync(() =>
    {
        action();
        return Task.FromResult(0);
    });

    // The renderer encodes every non-ASCII character; decoding lets tests assert on "Ação" as users read it.
    private static string Decode(string html) => System.Net.WebUtility.HtmlDecode(html);

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }

    // The culture is set only around the renderer's work so tests never leak it to each other.
    private Task<T> InvokeAsync<T>(Func<Task<T>> work) => renderer.Dispatcher.InvokeAsync(async () =>
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return await work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    });
}

/// <summary>A clock that stands still unless a test moves it; fires timers that come due.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    private readonly List<ManualTimer> timers = [];

    public override DateTimeOffset GetUtcNow() => now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state, now + dueTime);
        lock (timers)
        {
            timers.Add(timer);
        }
        return timer;
    }

    public int ActiveTimers
    {
        get
        {
            lock (timers)
            {
                return timers.Count;
            }
        }
    }

    public void Advance(TimeSpan by)
    {
        now += by;
        List<ManualTimer> due;
        lock (timers)
        {
            due = timers.Where(t => t.DueAt <= now).ToList();
            timers.RemoveAll(due.Contains);
        }
        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (timers)
        {
            timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state, DateTimeOffset dueAt) : ITimer
    {
        public DateTimeOffset DueAt { get; } = dueAt;

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period) => throw new NotSupportedException();

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
