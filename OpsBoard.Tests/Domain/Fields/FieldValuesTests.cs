using OpsBoard.Domain.Fields;

namespace OpsBoard.Tests.Domain.Fields;

public class FieldValuesTests
{
    private static readonly IReadOnlyDictionary<string, object?> Item = DomainKit.Values(
        ("amount", 1234.50m), ("flag", true), ("off", false), ("client", "ACME"), ("day", new DateOnly(2025, 4, 18)),
        ("docs", new[] { "a", "b" }), ("none", null), ("empty", ""), ("noDocs", Array.Empty<string>()));

    [Fact]
    public void Typed_reads_return_the_value_or_null_when_absent_or_of_another_type()
    {
        Assert.Equal(1234.50m, Item.Decimal("amount"));
        Assert.Null(Item.Decimal("client"));
        Assert.Null(Item.Decimal("missing"));
        Assert.True(Item.Flag("flag"));
        Assert.False(Item.Flag("off"));
        Assert.False(Item.Flag("missing"));
    }

    [Fact]
    public void Text_writes_every_normalized_type_invariantly()
    {
        var text = DomainKit.InCulture("pt-BR", () => (Item.Text("amount"), Item.Text("day"), Item.Text("docs"), Item.Text("client"), Item.Text("none"), Item.Text("missing")));

        Assert.Equal(("1234.50", "2025-04-18", "a, b", "ACME", (string?)null, (string?)null), text);
    }

    [Fact]
    public void Has_is_false_for_null_empty_text_and_empty_lists()
    {
        Assert.True(Item.Has("amount"));
        Assert.True(Item.Has("off"));
        Assert.True(Item.Has("docs"));
        Assert.False(Item.Has("none"));
        Assert.False(Item.Has("empty"));
        Assert.False(Item.Has("noDocs"));
        Assert.False(Item.Has("missing"));
    }
}
