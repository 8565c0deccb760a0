using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Components.Kit;

namespace OpsBoard.Tests.Components.Kit;

public sealed class ToastTests : IAsyncDisposable
{
    private readonly ManualTimeProvider time = new(DateTimeOffset.UnixEpoch);
    private readonly KitRenderer kit;

    public ToastTests() => kit = new KitRenderer(time: time);

    [Fact]
    public async Task The_host_renders_shown_toasts_with_their_level()
    {
        var toasts = kit.Services.GetRequiredService<ToastService>();
        toasts.Show("Item saved", ToastLevel.Success);
        toasts.Show("Could not save", ToastLevel.Danger);

        var html = await kit.RenderAsync<ToastHost>();

        Assert.Contains("text-bg-success", html, StringComparison.Ordinal);
        Assert.Contains("Item saved", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("Could not save", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_toast_disappears_after_five_seconds()
    {
        using var toasts = new ToastService(time);
        var changes = 0;
        toasts.Changed += () => Interlocked.Increment(ref changes);
        toasts.Show("Saved");

        time.Advance(TimeSpan.FromSeconds(4));
        Assert.Single(toasts.Toasts);

        time.Advance(TimeSpan.FromSeconds(1));
        // The removal runs as a continuation of the delay, so give it a moment to land.
        for (var i = 0; i < 100 && toasts.Toasts.Count > 0; i++)
        {
            await Task.Delay(10);
        }
        Assert.Empty(toasts.Toasts);
        Assert.Equal(2, changes);
    }

    [Fact]
    public void Dismissing_removes_only_that_toast()
    {
        using var toasts = new ToastService(time);
        var first = toasts.Show("One");
        toasts.Show("Two");

        toasts.Dismiss(first.Id);

        Assert.Equal(["Two"], toasts.Toasts.Select(t => t.Message));
    }

    public ValueTask DisposeAsync() => kit.DisposeAsync();
}
