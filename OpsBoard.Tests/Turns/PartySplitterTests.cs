using Microsoft.Extensions.Configuration;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Turns;

namespace OpsBoard.Tests.Turns;

public class PartySplitterTests
{
    private static readonly TimeSpan Brt = TimeSpan.FromHours(-3);

    // April 2025: Friday 18 (Good Friday) and Monday 21 (Tiradentes) are holidays.
    private static readonly BusinessCalendar Calendar = new(new BusinessCalendarOptions
    {
        TimeZone = "America/Sao_Paulo",
        Holidays = [new DateOnly(2025, 4, 18), new DateOnly(2025, 4, 21)],
    });

    private static readonly PartySplitter Splitter =
        new(WorkflowCatalog.Default, Calendar, new BrokerDeadlines(new ConfigurationBuilder().Build(), WorkflowCatalog.Default));

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2025, 4, day, hour, minute, 0, Brt);

    /// <summary>
    /// A story: three desk hours, documents owed by the client from Monday 12:00 to Wednesday 10:00, two more desk hours,
    /// then at the broker from Wednesday 12:00 (two business days: due Tuesday 22 at 12:00 over the holidays) until approved at 14:00 that Tuesday.
    /// </summary>
    private static readonly (string, IReadOnlyList<StateEntry>)[] Story =
    [
        ("story", [new("Received", At(14, 9)), new("InReview", At(14, 10)), new("PendingDocuments", At(14, 12)), new("InReview", At(16, 10)),
            new("ReadyToSend", At(16, 11)), new("AtBroker", At(16, 12)), new("Approved", At(22, 14))]),
    ];

    private static WorkflowParties StoryIn(DateTimeOffset from, DateTimeOffset to) => Splitter.Split(Story, from, to).Single(w => w.Type == "story");

    [Fact]
    public void A_week_splits_into_desk_client_and_broker_business_time_cut_at_its_end()
    {
        var week = StoryIn(At(14, 0), At(21, 0));

        Assert.Equal(new PartyTimes(TimeSpan.FromHours(5), TimeSpan.FromHours(16), TimeSpan.FromHours(15)), week.Times);
        Assert.Equal(0, week.BrokerLate);
    }

    [Fact]
    public void The_broker_is_late_in_the_period_its_deadline_runs_out_in_and_a_done_item_is_nobodys_time()
    {
        var next = StoryIn(At(21, 0), At(28, 0));

        Assert.Equal(new PartyTimes(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromHours(5)), next.Times);
        Assert.Equal(1, next.BrokerLate);
    }

    [Fact]
    public void Days_add_up_to_the_period_that_holds_them()
    {
        var total = PartyTimes.Zero;
        var late = 0;
        for (var day = 14; day < 24; day++)
        {
            var split = StoryIn(At(day, 0), At(day + 1, 0));
            total = total.Plus(split.Times);
            late += split.BrokerLate;
        }

        var whole = StoryIn(At(14, 0), At(24, 0));
        Assert.Equal(whole.Times, total);
        Assert.Equal(whole.BrokerLate, late);
        Assert.Equal(1, late);
    }

    [Fact]
    public void A_broker_who_answers_before_the_deadline_is_not_late()
    {
        (string, IReadOnlyList<StateEntry>)[] onTime = [("story", [new("ReadyToSend", At(16, 11)), new("AtBroker", At(16, 12)), new("Approved", At(22, 11))])];

        var split = Splitter.Split(onTime, At(14, 0), At(28, 0)).Single(w => w.Type == "story");

        Assert.Equal(0, split.BrokerLate);
        Assert.Equal(TimeSpan.FromHours(17), split.Times.Broker);
    }

    [Fact]
    public void Every_workflow_has_a_row_even_with_nothing_in_the_period()
    {
        var rows = Splitter.Split([], At(14, 0), At(15, 0));

        Assert.Equal(WorkflowCatalog.Default.All.Select(w => w.Type).Order(StringComparer.Ordinal), rows.Select(r => r.Type));
        Assert.All(rows, r => Assert.Equal(PartyTimes.Zero, r.Times));
    }
}
