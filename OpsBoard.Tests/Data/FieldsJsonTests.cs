using OpsBoard.Data;

namespace OpsBoard.Tests.Data;

public sealed class FieldsJsonTests
{
    [Fact]
    public void Every_normalized_type_is_written_and_read_back_the_same()
    {
        var fields = new Dictionary<string, object?>
        {
            ["client"] = "Açaí Ltda",
            ["amount"] = 1250.50m,
            ["urgent"] = true,
            ["due"] = new DateOnly(2026, 12, 24),
            ["evidence"] = new[] { "a.pdf", "b.pdf" },
            ["note"] = null,
        };

        var read = FieldsJson.Read(FieldsJson.Write(fields));

        Assert.Equal("Açaí Ltda", read["client"]);
        Assert.Equal(1250.50m, read["amount"]);
        Assert.Equal(true, read["urgent"]);
        Assert.Equal("2026-12-24", read["due"]);
        Assert.Equal(["a.pdf", "b.pdf"], (string[])read["evidence"]!);
        Assert.Null(read["note"]);
    }

    [Fact]
    public void The_change_tracker_sees_a_changed_value_an_added_field_and_a_changed_list_item()
    {
        var original = new Dictionary<string, object?> { ["client"] = "A", ["evidence"] = new[] { "a.pdf" } };
        var snapshot = FieldsJson.Comparer.Snapshot(original);

        Assert.True(FieldsJson.Comparer.Equals(original, snapshot));
        ((string[])original["evidence"]!)[0] = "b.pdf";
        Assert.False(FieldsJson.Comparer.Equals(original, snapshot));
        Assert.False(FieldsJson.Comparer.Equals(new() { ["client"] = "B", ["evidence"] = new[] { "a.pdf" } }, snapshot));
        Assert.False(FieldsJson.Comparer.Equals(new() { ["client"] = "A", ["evidence"] = new[] { "a.pdf" }, ["x"] = 1m }, snapshot));
    }
}
