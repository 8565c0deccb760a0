using OpsBoard.Items;

namespace OpsBoard.Tests.Items;

public sealed class ItemColumnsTests
{
    private static readonly ItemColumns Before = new("Investigating", 4, "ana", "claims", "{\"client\":\"Loja\"}", 100, null, 50, 80, 90);

    [Fact]
    public void A_take_sets_only_the_assignee_besides_the_version_and_time()
    {
        var after = Before with { Version = 5, Assignee = "bruno", UpdatedAt = 200 };

        Assert.Equal("UPDATE \"Items\" SET \"Version\" = @version, \"UpdatedAt\" = @updatedAt, \"Assignee\" = @assignee WHERE \"Id\" = @id AND \"Version\" = @fromVersion",
            after.UpdateSql(Before));
    }

    [Fact]
    public void A_move_that_finishes_an_item_sets_its_state_queue_fields_done_time_and_clears_its_clock()
    {
        var after = new ItemColumns("Closed", 5, null, null, "{\"client\":\"Loja\",\"resolution\":\"Paid\"}", 200, 200, null, null, null);

        var sql = after.UpdateSql(Before);

        foreach (var column in new[] { "State", "Assignee", "QueueKey", "Fields", "DoneAt", "SlaStartedAt", "SlaWarnAt", "SlaDueAt" })
        {
            Assert.Contains($" \"{column}\" = @", sql, StringComparison.Ordinal);
        }
        Assert.EndsWith("WHERE \"Id\" = @id AND \"Version\" = @fromVersion", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_a_move_leaves_alone_are_not_written()
    {
        var after = Before with { State = "AwaitingEvidence", Version = 5, UpdatedAt = 200 };

        var sql = after.UpdateSql(Before);

        Assert.Contains("\"State\" = @state", sql, StringComparison.Ordinal);
        foreach (var column in new[] { "Assignee", "QueueKey", "Fields", "DoneAt", "SlaStartedAt", "SlaWarnAt", "SlaDueAt" })
        {
            Assert.DoesNotContain($" \"{column}\" = @", sql, StringComparison.Ordinal);
        }
    }
}
