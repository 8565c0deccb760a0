namespace OpsBoard.Runtime;

/// <summary>When the last request arrived: the process counts as idle once none has for a while.</summary>
public sealed class RequestActivity(TimeProvider clock)
{
    private long _lastTicks = clock.GetUtcNow().UtcTicks;

    public DateTimeOffset Last => new(Interlocked.Read(ref _lastTicks), TimeSpan.Zero);

    public void Touch() => Interlocked.Exchange(ref _lastTicks, clock.GetUtcNow().UtcTicks);
}

/// <summary>Notes every request at the very start of the pipeline, without touching Program.cs.</summary>
internal sealed class RequestActivityFilter(RequestActivity activity) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            activity.Touch();
            return following(context);
        });
        next(app);
    };
}
