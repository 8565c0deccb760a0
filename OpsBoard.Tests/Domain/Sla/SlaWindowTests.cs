using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Claims;

namespace OpsBoard.Tests.Domain.Sla;

public class SlaWindowTests
{
    private static readonly DateTimeOffset Start = new(2025, 4, 14, 9, 0, 0, TimeSpan.FromHours(-3));
    private static readonly SlaWindow Window = new(Start, Start.AddHours(8), Start.AddHours(10));

    [Theory]
    [InlineData(0, SlaStatus.Ok)]
    [InlineData(7.99, SlaStatus.Ok)]
    [InlineData(8, SlaStatus.NearBreach)]
    [InlineData(9.5, SlaStatus.NearBreach)]
    [InlineData(10, SlaStatus.Breached)]
    [InlineData(30, SlaStatus.Breached)]
    public void Status_is_ok_then_near_breach_from_the_warning_then_breached_from_the_due_time(double hoursLater, SlaStatus expected)
    {
        Assert.Equal(expected, Window.StatusAt(Start.AddHours(hoursLater)));
        Assert.Equal(expected, SlaWindow.StatusOf(Window.WarnAt, Window.DueAt, Start.AddHours(hoursLater)));
    }

    [Fact]
    public void An_item_without_a_due_time_has_no_status()
    {
        Assert.Equal(SlaStatus.None, SlaWindow.StatusOf(null, null, Start));
    }

    [Fact]
    public void The_same_instant_in_another_offset_has_the_same_status()
    {
        Assert.Equal(SlaStatus.Breached, Window.StatusAt(Window.DueAt.ToUniversalTime()));
        Assert.Equal(SlaStatus.NearBreach, Window.StatusAt(Window.WarnAt.ToOffset(TimeSpan.FromHours(2))));
    }

    [Fact]
    public void A_claim_has_three_business_days_from_creation_by_default()
    {
        var rule = WorkflowCatalog.Default.Get("claim").SlaFor("Registered");

        Assert.NotNull(rule);
        Assert.Equal(SlaClock.FromCreation, rule.Clock);
        Assert.Equal(BusinessDuration.FromDays(3), rule.Allowed(DomainKit.Values(("client", "ACME"))));
        Assert.Equal(BusinessDuration.FromDays(3), rule.Allowed(DomainKit.Values(("daysAllowed", "3"))));
        Assert.Equal(3, ClaimWorkflow.DaysAllowed(DomainKit.Values()));
    }

    [Fact]
    public void A_claim_whose_contract_allows_five_days_gets_five()
    {
        var rule = WorkflowCatalog.Default.Get("claim").SlaFor("Investigating");

        Assert.NotNull(rule);
        Assert.Equal(BusinessDuration.FromDays(5), rule.Allowed(DomainKit.Values(("daysAllowed", "5"))));
    }

    [Theory]
    [InlineData("Registered", true)]
    [InlineData("Investigating", true)]
    [InlineData("AwaitingEvidence", true)]
    [InlineData("Resolved", false)]
    [InlineData("Closed", false)]
    public void The_claim_clock_runs_until_the_claim_is_resolved(string state, bool hasClock)
    {
        Assert.Equal(hasClock, WorkflowCatalog.Default.Get("claim").SlaFor(state) is not null);
    }

    [Fact]
    public void A_claim_registered_monday_is_due_thursday_with_three_days_and_the_next_monday_with_five()
    {
        var calendar = new BusinessCalendar(new BusinessCalendarOptions { TimeZone = "America/Sao_Paulo" });
        var rule = WorkflowCatalog.Default.Get("claim").SlaFor("Registered")!;
        var registered = new DateTimeOffset(2025, 3, 10, 11, 0, 0, TimeSpan.FromHours(-3));

        var standard = calendar.Window(registered, rule.Allowed(DomainKit.Values()));
        var extended = calendar.Window(registered, rule.Allowed(DomainKit.Values(("daysAllowed", "5"))));

        Assert.Equal(new DateTimeOffset(2025, 3, 13, 11, 0, 0, TimeSpan.FromHours(-3)), standard.DueAt);
        Assert.Equal(new DateTimeOffset(2025, 3, 17, 11, 0, 0, TimeSpan.FromHours(-3)), extended.DueAt);
    }

    [Fact]
    public void Hour_and_day_rules_give_their_duration_whatever_the_fields()
    {
        Assert.Equal(BusinessDuration.FromHours(2), SlaRule.Hours(2).Allowed(DomainKit.Values()));
        Assert.Equal(BusinessDuration.FromDays(1), SlaRule.Days(1).Allowed(DomainKit.Values()));
        Assert.Equal(SlaClock.OnEnterState, SlaRule.Hours(2).Clock);
    }
}
