using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Components.Pages.Wallboard;
using OpsBoard.Documents.Protocols;
using OpsBoard.Live;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Wallboard;

public sealed class WallboardProtocolsTests : WallboardTestContext
{
    [Fact]
    public async Task A_late_protocol_shows_on_the_open_wallboard_as_it_is_published_and_leaves_when_signed_back()
    {
        using var culture = new UiCulture("en");
        var bus = Services.GetRequiredService<LiveBus>();
        using var follow = bus.SubscribeNoticesInline(Services.GetRequiredService<ProtocolWatch>().Apply);
        // Started off the test's synchronization context, as a host starts it: the pump must not wait for the test's thread.
        await Task.Run(() => bus.StartAsync(default));
        try
        {
            var page = Render<WallboardPage>();
            var count = () => page.Find("[data-test=late-protocols] .kpi-value").TextContent.Trim();
            Assert.Equal("0", count());
            Assert.Equal("/protocols", page.Find("a.wb-late").GetAttribute("href"));

            bus.Publish(new ProtocolChanged(7, false, Now.AddHours(-1), Now));
            bus.Publish(new ProtocolChanged(8, false, Now.AddDays(3), Now));
            page.WaitForAssertion(() => Assert.Equal("1", count()));
            bus.Publish(new ProtocolChanged(7, true, Now.AddHours(-1), Now));

            page.WaitForAssertion(() => Assert.Equal("0", count()));
        }
        finally
        {
            await bus.StopAsync(default);
        }
    }
}
