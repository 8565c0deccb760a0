using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Components.Kit;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Tests.Components;

/// <summary>
/// A bUnit context with the app's UI kit (MudBlazor, localization), the workflows and times written in UTC. MudBlazor calls
/// into JavaScript a browser would have, so interop is loose; xunit 2 only awaits the context's async
/// disposal, which MudBlazor's components need, through <see cref="IAsyncLifetime"/>.
/// </summary>
public abstract class MudComponentTest : BunitContext, IAsyncLifetime
{
    protected MudComponentTest(TimeProvider? time = null)
    {
        Services.AddSingleton(time ?? TimeProvider.System);
        Services.AddUiKit();
        Services.AddSingleton(WorkflowCatalog.Default);
        Services.AddSingleton(new BusinessTime(new BusinessCalendar(new BusinessCalendarOptions { TimeZone = "UTC" })));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
