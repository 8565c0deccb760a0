using Microsoft.Extensions.Configuration;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;
using OpsBoard.Turns;

namespace OpsBoard.Tests.Items;

/// <summary>The desk's clock pauses while the client or the broker holds the item; the broker is measured against its own deadline.</summary>
public class SlaTimerTurnsTests
{
    private static readonly TimeSpan Brt = TimeSpan.FromHours(-3);

    // April 2025: Friday 18 (Good Friday) and Monday 21 (Tiradentes) are holidays.
    private static readonly BusinessCalendar Calendar = new(new BusinessCalendarOptions
    {
        TimeZone = "America/Sao_Paulo",
        Holidays = [new DateOnly(2025, 4, 18), new DateOnly(2025, 4, 21)],
    });

    private static readonly IReadOnlyDictionary<string, object?> NoFields = new Dictionary<string, object?>();

    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2025, 4, day, hour, minute, 0, Brt);

    internal static SlaTimer Timer(BusinessCalendar calendar, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        return new SlaTimer(calendar, new BrokerDeadlines(configuration, WorkflowCatalog.Default));
    }

    private static List<StateEntry> Entries(params (string State, DateTimeOffset At)[] entries) => [.. entries.Select(e => new StateEntry(e.State, e.At))];

    [Fact]
    public void A_claims_clock_pauses_while_the_client_owes_evidence_across_a_holiday_weekend_by_exactly_the_business_time_paused()
    {
        var claim = WorkflowCatalog.Default.Get("claim");
        var timer = Timer(Calendar);
        // Registered Monday 10:00 with three business days: due Thursday 10:00 if nothing pauses it.
        var entries = Entries(("Registered", At(14, 10)), ("Investigating", At(14, 11)));
        Assert.Equal(At(17, 10), timer.Window(claim, entries, NoFields)!.DueAt);

        // Evidence asked Tuesday 10:00 (nine desk hours used), received the next Tuesday at 11:00, over Good Friday, the weekend and Tiradentes.
        entries.Add(new StateEntry("AwaitingEvidence", At(15, 10)));
        Assert.Null(timer.Window(claim, entries, NoFields));
        entries.Add(new StateEntry("Investigating", At(22, 11)));
        var resumed = timer.Window(claim, entries, NoFields)!;

        var paused = Calendar.BusinessTimeBetween(At(15, 10), At(22, 11));
        Assert.Equal(TimeSpan.FromHours(28), paused);
        Assert.Equal(Calendar.Add(At(17, 10), paused), resumed.DueAt);
        Assert.Equal(At(24, 11), resumed.DueAt);
        Assert.Equal(At(14, 10), resumed.StartedAt);
        // The warning at four fifths of 27 desk hours (21.6 h): 12.6 h after the return.
        Assert.Equal(Calendar.Add(At(22, 11), TimeSpan.FromHours(12.6)), resumed.WarnAt);
    }

    [Fact]
    public void A_wait_that_starts_and_ends_outside_business_hours_pauses_nothing_that_was_not_working_time()
    {
        var claim = WorkflowCatalog.Default.Get("claim");
        var timer = Timer(Calendar);
        // Asked for evidence Monday 20:00, received Tuesday 07:30: no business time passed, the due time stays Thursday 10:00.
        var entries = Entries(("Registered", At(14, 10)), ("AwaitingEvidence", At(14, 20)), ("Investigating", At(15, 7, 30)));

        Assert.Equal(At(17, 10), timer.Window(claim, entries, NoFields)!.DueAt);
    }

    [Fact]
    public void A_state_the_item_comes_straight_back_to_from_the_client_resumes_its_clock_instead_of_restarting_it()
    {
        var story = WorkflowCatalog.Default.Get("story");
        var timer = Timer(Calendar);
        // In review Monday 09:00 (one business day), documents asked at 13:00, received Wednesday 15:00: five desk hours remain.
        var entries = Entries(("Received", At(14, 8)), ("InReview", At(14, 9)), ("PendingDocuments", At(14, 13)), ("InReview", At(16, 15)));

        var window = timer.Window(story, entries, NoFields)!;

        Assert.Equal(At(14, 9), window.StartedAt);
        Assert.Equal(At(17, 11), window.DueAt);
    }

    [Fact]
    public void A_move_from_a_desk_state_to_another_starts_the_new_states_clock_afresh()
    {
        var story = WorkflowCatalog.Default.Get("story");
        var timer = Timer(Calendar);
        var entries = Entries(("Received", At(14, 9)), ("InReview", At(14, 17)));

        var window = timer.Window(story, entries, NoFields)!;

        Assert.Equal(new SlaWindow(At(14, 17), Calendar.Add(At(14, 17), TimeSpan.FromHours(7.2)), At(15, 17)), window);
    }

    [Fact]
    public void The_clock_counts_on_the_teams_time_zone_whatever_offset_the_instants_carry()
    {
        var tokyo = new BusinessCalendar(new BusinessCalendarOptions { TimeZone = "Asia/Tokyo" });
        var claim = WorkflowCatalog.Default.Get("claim");
        var timer = Timer(tokyo);
        DateTimeOffset Utc(int day, int hour) => new(2025, 4, day, hour, 0, 0, TimeSpan.Zero);
        // Registered Monday 14 April 10:00 in Tokyo (01:00 UTC); evidence asked 17:00 (08:00 UTC) after seven desk hours;
        // received Wednesday 09:00 Tokyo, which is Tuesday 24:00 UTC. Twenty desk hours remain: due Friday 11:00 Tokyo.
        var entries = Entries(("Registered", Utc(14, 1)), ("AwaitingEvidence", Utc(14, 8)), ("Investigating", Utc(16, 0)));

        var due = timer.Window(claim, entries, NoFields)!.DueAt;

        Assert.Equal(Utc(18, 2), due.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(9), due.Offset);
    }

    [Fact]
    public void At_the_broker_the_item_carries_the_brokers_deadline_from_the_setting_and_a_signature_there_does_not_restart_it()
    {
        var operation = WorkflowCatalog.Default.Get("operation");
        var timer = Timer(Calendar, ("OpsBoard:Sla:BrokerDeadline:operation", "6h"));
        var entries = Entries(("Closed", At(14, 14)), ("AtBroker", At(14, 16)));

        Assert.Equal(At(15, 13), timer.Window(operation, entries, NoFields)!.DueAt);
        entries.Add(new StateEntry("AtBroker", At(15, 10)));
        Assert.Equal(new SlaWindow(At(14, 16), Calendar.Add(At(14, 16), TimeSpan.FromHours(4.8)), At(15, 13)), timer.Window(operation, entries, NoFields));
    }

    [Fact]
    public void Without_a_setting_the_brokers_deadline_is_the_workflows_own_sla_at_the_broker()
    {
        var deadlines = new BrokerDeadlines(new ConfigurationBuilder().Build(), WorkflowCatalog.Default);

        Assert.Equal(BusinessDuration.FromDays(1), deadlines.For("operation"));
        Assert.Equal(BusinessDuration.FromDays(2), deadlines.For("story"));
        Assert.Null(deadlines.For("claim"));
    }

    [Theory]
    [InlineData("2d", 2, 0)]
    [InlineData("6h", 0, 6)]
    [InlineData("1.5h", 0, 1.5)]
    public void A_deadline_setting_reads_business_days_or_hours(string text, int days, double hours)
    {
        Assert.Equal(new BusinessDuration(days, TimeSpan.FromHours(hours)), BrokerDeadlines.Parse(text));
    }

    [Theory]
    [InlineData("two days")]
    [InlineData("1.5d")]
    [InlineData("0h")]
    [InlineData("-3h")]
    [InlineData("12")]
    public void A_deadline_setting_that_is_not_days_or_hours_stops_the_start(string text)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create("OpsBoard:Sla:BrokerDeadline:story", (string?)text)]).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new BrokerDeadlines(configuration, WorkflowCatalog.Default));
        Assert.Contains("OpsBoard:Sla:BrokerDeadline:story", error.Message);
    }
}
