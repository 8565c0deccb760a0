using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Components.Pages.Items;
using OpsBoard.Domain.Sla;
using OpsBoard.Tests.Support;
using OpsBoard.Turns;

namespace OpsBoard.Tests.Components.Pages.Items;

public sealed class TimesViewTests : MudComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    private static ItemTurns Turns(Party? holder, BrokerRun? broker) =>
        new(7, Now, holder, new PartyTimes(TimeSpan.FromMinutes(195), TimeSpan.FromHours(8), TimeSpan.FromMinutes(545)), broker);

    [Fact]
    public void The_panel_shows_the_three_business_times_in_hours_and_minutes_and_who_holds_the_item()
    {
        using var culture = new UiCulture("pt-BR");

        var view = Render<TimesView>(p => p.Add(v => v.Turns, Turns(Party.Client, null)));

        Assert.Equal("3:15", view.Find("[data-test=time-desk] dd").TextContent);
        Assert.Equal("8:00", view.Find("[data-test=time-client] dd").TextContent);
        Assert.Equal("9:05", view.Find("[data-test=time-broker] dd").TextContent);
        Assert.Contains("Com o cliente", view.Find("[data-test=times-holder]").TextContent);
        Assert.Empty(view.FindAll("[data-test=broker-deadline]"));
    }

    [Fact]
    public void A_broker_past_its_deadline_reads_late_with_the_deadline_in_the_teams_time_zone()
    {
        using var culture = new UiCulture("en");
        Services.AddSingleton(new BusinessTime(new BusinessCalendar(new BusinessCalendarOptions { TimeZone = "America/Sao_Paulo" })));
        var run = new BrokerRun(Now.AddHours(-9), null, Now.AddHours(-1));

        var view = Render<TimesView>(p => p.Add(v => v.Turns, Turns(Party.Broker, run)));

        var deadline = view.Find("[data-test=broker-deadline]");
        Assert.Equal("true", deadline.GetAttribute("data-late"));
        Assert.Contains("late", deadline.TextContent);
        Assert.Contains("11:00", deadline.TextContent);
        Assert.Equal("broker", view.Find("[data-test=times-holder]").GetAttribute("data-holder"));
    }

    [Fact]
    public void A_broker_that_answered_in_time_reads_on_time_in_spanish()
    {
        using var culture = new UiCulture("es");
        var run = new BrokerRun(Now.AddHours(-9), Now.AddHours(-2), Now.AddHours(-1));

        var view = Render<TimesView>(p => p.Add(v => v.Turns, Turns(Party.Desk, run)));

        Assert.Equal("false", view.Find("[data-test=broker-deadline]").GetAttribute("data-late"));
        Assert.Contains("a tiempo", view.Find("[data-test=broker-deadline]").TextContent);
        Assert.Contains("Con la mesa", view.Find("[data-test=times-holder]").TextContent);
    }
}
