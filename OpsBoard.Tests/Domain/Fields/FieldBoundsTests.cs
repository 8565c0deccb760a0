using System.Text.Json;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Tests.Domain.Fields;

public class FieldBoundsTests
{
    private static (bool Ok, string? Error) Parse(FieldDefinition field, string raw)
    {
        using var doc = JsonDocument.Parse(raw);
        var ok = field.TryParse(doc.RootElement, out _, out var error);
        return (ok, error);
    }

    [Theory]
    [InlineData("1000000000000", true)]
    [InlineData("1000000000000.01", false)]
    [InlineData("79228162514264337593543950335", false)]
    [InlineData("\"9223372036854775808\"", false)]
    [InlineData("0", true)]
    public void Money_is_taken_up_to_a_trillion_by_default(string raw, bool taken)
    {
        Assert.Equal(taken, Parse(new("amount", FieldType.Money), raw).Ok);
    }

    [Fact]
    public void A_declared_range_is_held_and_named_in_the_refusal()
    {
        var installments = new FieldDefinition("installments", FieldType.Number) { Min = 1m, Max = 600m };

        Assert.True(Parse(installments, "600").Ok);
        Assert.False(Parse(installments, "0").Ok);
        Assert.Equal("Installments must be between 1 and 600.", DomainKit.InCulture("en", () => Parse(installments, "601").Error));
    }

    [Fact]
    public void A_count_takes_only_whole_numbers()
    {
        var installments = new FieldDefinition("installments", FieldType.Number) { Min = 1m, Max = 600m, Whole = true };

        Assert.True(Parse(installments, "3").Ok);
        Assert.True(Parse(installments, "3.0").Ok);
        Assert.Equal("Installments must be a whole number.", DomainKit.InCulture("en", () => Parse(installments, "2.5").Error));
    }

    [Fact]
    public void Text_and_list_entries_are_held_to_their_length_and_count()
    {
        var client = new FieldDefinition("client", FieldType.Text) { MaxLength = 200 };
        var evidence = new FieldDefinition("evidence", FieldType.TextList);

        Assert.True(Parse(client, $"\"{new string('a', 200)}\"").Ok);
        Assert.False(Parse(client, $"\"{new string('a', 201)}\"").Ok);
        Assert.False(Parse(new("reason", FieldType.Text), $"\"{new string('a', FieldLimits.LongText + 1)}\"").Ok);
        Assert.False(Parse(evidence, "[" + string.Join(",", Enumerable.Repeat("\"e\"", FieldLimits.ListEntries + 1)) + "]").Ok);
        Assert.False(Parse(evidence, $"[\"{new string('e', FieldLimits.ShortText + 1)}\"]").Ok);
    }

    [Theory]
    [InlineData("\"\\uD800\"")]
    [InlineData("[\"ok\", \"\\uDC00\"]")]
    public void Json_text_that_is_not_valid_text_is_refused_not_thrown(string raw)
    {
        Assert.False(Parse(new("client", FieldType.Text), raw).Ok);
        Assert.False(Parse(new("evidence", FieldType.TextList), raw).Ok);
    }

    [Fact]
    public void Every_number_and_money_field_of_every_workflow_has_an_upper_bound_within_a_trillion()
    {
        foreach (var field in WorkflowCatalog.Default.All.SelectMany(w => w.Fields).Where(f => f.Type is FieldType.Number or FieldType.Money))
        {
            Assert.True(FieldLimits.MaxOf(field) <= FieldLimits.MoneyMax, field.Name);
            Assert.True(FieldLimits.MinOf(field) >= 0m, $"{field.Name} takes negative values");
        }
    }

    [Fact]
    public void Sums_over_stored_amounts_stop_at_the_largest_decimal_instead_of_throwing()
    {
        Assert.Equal(decimal.MaxValue, FieldLimits.AddCapped(decimal.MaxValue, decimal.MaxValue));
        Assert.Equal(decimal.MinValue, FieldLimits.AddCapped(decimal.MinValue, -1m));
        Assert.Equal(3m, FieldLimits.AddCapped(1m, 2m));
    }
}
