using Microsoft.Extensions.Options;
using OpsBoard.Collections;
using OpsBoard.Domain.Sla;
using OpsBoard.Live;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections;

public class DeskProjectionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(-3));
    private readonly TestClock _clock = new(Start);
    private readonly DeskProjection _desk;

    public DeskProjectionTests() =>
        _desk = new DeskProjection(Options.Create(new CollectionsOptions { MonthlyRecoveryGoal = 5000m }), new BusinessCalendar(new BusinessCalendarOptions()), _clock);

    private ItemChanged Change(long id, string trigger, string from, string to, string actor = "bruno", string type = "collection",
        Dictionary<string, object?>? changes = null) =>
        new(id, type, trigger, from, to, 2, "bruno", actor, _clock.GetUtcNow(), null) { Changes = changes ?? [] };

    [Fact]
    public void Calls_count_for_the_agent_who_made_them_and_only_on_collection_cases()
    {
        _desk.Apply(Change(1, "LogCall", "Assigned", "Contacting"));
        _desk.Apply(Change(1, "LogCall", "Contacting", "Contacting"));
        _desk.Apply(Change(2, "LogCall", "Assigned", "Contacting", actor: "ana"));
        _desk.Apply(Change(3, "LogCall", "Received", "Received", type: "claim"));

        Assert.Equal(2, _desk.For("bruno").Calls);
        Assert.Equal(1, _desk.For("ana").Calls);
        Assert.Equal(["ana", "bruno"], _desk.Snapshot().Agents.Select(a => a.UserName));
    }

    [Fact]
    public void Payments_add_to_today_and_the_month_and_a_new_month_starts_from_zero()
    {
        _desk.Apply(Change(1, "PaymentReceived", "Promised", "Paid", changes: new() { ["paymentAmount"] = 1200m }));
        _desk.Apply(Change(2, "Complete", "InAgreement", "Paid", changes: new() { ["paymentAmount"] = 300.5m }));

        var today = _desk.Snapshot();
        Assert.Equal(1500.5m, today.RecoveredToday);
        Assert.Equal(1500.5m, today.RecoveredThisMonth);
        Assert.Equal(5000m, today.MonthlyGoal);

        _clock.Advance(TimeSpan.FromDays(1));
        var nextMonth = _desk.Snapshot();
        Assert.Equal(new DateOnly(2026, 12, 1), nextMonth.Day);
        Assert.Equal(0m, nextMonth.RecoveredToday);
        Assert.Equal(0m, nextMonth.RecoveredThisMonth);
    }

    [Fact]
    public void A_promise_counts_as_due_today_until_the_case_leaves_Promised()
    {
        _desk.Apply(Change(1, "PromiseToPay", "Contacting", "Promised", changes: new() { ["promiseDate"] = new DateOnly(2026, 11, 30), ["promiseAmount"] = 800m }));
        _desk.Apply(Change(2, "PromiseToPay", "Contacting", "Promised", changes: new() { ["promiseDate"] = new DateOnly(2026, 12, 2), ["promiseAmount"] = 50m }));
        _desk.Apply(Change(1, "LogCall", "Promised", "Promised"));

        Assert.Equal((1, 800m), (_desk.Snapshot().PromisesDueToday, _desk.Snapshot().PromisedToday));

        _desk.Apply(Change(1, "PromiseBroken", "Promised", "Contacting", actor: "system"));

        Assert.Equal(0, _desk.Snapshot().PromisesDueToday);
    }

    [Fact]
    public void An_agreement_counts_as_due_today_on_its_next_due_date_until_it_is_paid_or_leaves_the_agreement()
    {
        _desk.Apply(Change(1, "AgreePlan", "Contacting", "InAgreement", changes: new() { ["installments"] = 3m, ["nextDueDate"] = new DateOnly(2026, 11, 30) }));
        _desk.Apply(Change(2, "AgreePlan", "Contacting", "InAgreement", changes: new() { ["installments"] = 3m, ["nextDueDate"] = new DateOnly(2026, 11, 30) }));
        _desk.Apply(Change(3, "AgreePlan", "Contacting", "InAgreement", changes: new() { ["installments"] = 3m, ["nextDueDate"] = new DateOnly(2026, 12, 5) }));
        _desk.Apply(Change(1, "LogCall", "InAgreement", "InAgreement"));

        Assert.Equal(2, _desk.Snapshot().InstallmentsDueToday);

        _desk.Apply(Change(1, "PayInstallment", "InAgreement", "InAgreement",
            changes: new() { ["paymentAmount"] = 100m, ["nextDueDate"] = new DateOnly(2026, 12, 30) }));
        _desk.Apply(Change(2, "Default", "InAgreement", "Contacting", actor: "system"));

        Assert.Equal(0, _desk.Snapshot().InstallmentsDueToday);
    }
}
