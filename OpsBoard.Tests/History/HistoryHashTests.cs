using OpsBoard.History;

namespace OpsBoard.Tests.History;

public sealed class HistoryHashTests
{
    private static readonly HistoryContent Row = new(7, 3, "story", 2, 638_000_000_000_000_000, "ana", "StartReview", "Received", "InReview",
        "called", """{"client":"Ana"}""");

    public static TheoryData<HistoryContent> Changed() =>
    [
        Row with { Id = 8 },
        Row with { ItemId = 4 },
        Row with { ItemType = "claim" },
        Row with { Version = 3 },
        Row with { AtUtcTicks = Row.AtUtcTicks + 1 },
        Row with { Actor = "bruno" },
        Row with { Trigger = "Approve" },
        Row with { FromState = "InReview" },
        Row with { ToState = "Received" },
        Row with { Note = null },
        Row with { Note = "called." },
        Row with { ChangesJson = """{"client":"Ana "}""" },
    ];

    [Theory]
    [MemberData(nameof(Changed))]
    public void Any_change_to_a_column_changes_the_hash(HistoryContent changed) =>
        Assert.NotEqual(HistoryHash.Of(Row, HistoryHash.Genesis), HistoryHash.Of(changed, HistoryHash.Genesis));

    [Fact]
    public void The_same_row_hashes_alike_and_another_previous_hash_changes_it()
    {
        Assert.Equal(HistoryHash.Of(Row, HistoryHash.Genesis), HistoryHash.Of(Row with { }, HistoryHash.Genesis));
        Assert.NotEqual(HistoryHash.Of(Row, HistoryHash.Genesis), HistoryHash.Of(Row, new string('1', 64)));
    }

    [Fact]
    public void Text_that_moves_between_two_columns_does_not_give_the_same_hash() =>
        Assert.NotEqual(HistoryHash.Of(Row with { Actor = "ana", Trigger = "StartReview" }, HistoryHash.Genesis),
            HistoryHash.Of(Row with { Actor = "anaStart", Trigger = "Review" }, HistoryHash.Genesis));
}
