using OpsBoard.Clients;
using OpsBoard.Collections.Deposits;
using OpsBoard.Live;
using OpsBoard.Live.Nodes;

namespace OpsBoard.Tests.Live.Nodes;

public sealed class NoticeWireTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 14, 5, 0, TimeSpan.Zero);

    private static readonly LiveNotice[] All =
    [
        new ClientChanged(7, "carla", At, ClientTier.Priority),
        new ClientChanged(8, "diego", At),
        new ProtocolChanged(2026_0042, true, At.AddDays(3), At),
        new DepositChanged(19, "carla", At),
    ];

    public static TheoryData<LiveNotice> Notices() => [.. All];

    [Theory]
    [MemberData(nameof(Notices))]
    public void A_notice_read_back_on_another_node_is_the_notice_that_was_sent(LiveNotice notice)
    {
        var read = NoticeWire.Read(NoticeWire.Write("node-a", notice));

        Assert.Equal(("node-a", notice), read);
    }

    [Fact]
    public void Every_kind_of_notice_can_travel_between_nodes()
    {
        var kinds = typeof(LiveNotice).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(LiveNotice)) && !t.IsAbstract);
        var sent = All.Select(n => n.GetType());

        Assert.Empty(kinds.Except(sent));
    }

    [Theory]
    [InlineData("node-a:42")]
    [InlineData("node-a#{\"kind\":\"someday\",\"at\":\"2026-12-03T14:05:00+00:00\"}")]
    [InlineData("node-a#not json")]
    public void A_commit_signal_or_a_notice_this_release_does_not_know_is_no_notice(string payload) =>
        Assert.Null(NoticeWire.Read(payload));
}
