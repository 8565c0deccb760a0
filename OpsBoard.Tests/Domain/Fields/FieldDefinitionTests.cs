using System.Text.Json;
using OpsBoard.Domain.Fields;

namespace OpsBoard.Tests.Domain.Fields;

public class FieldDefinitionTests
{
    private static JsonElement Json(string raw)
    {
        using var document = JsonDocument.Parse(raw);
        return document.RootElement.Clone();
    }

    private static (bool Ok, object? Value, string? Error) Parse(FieldDefinition field, string raw) =>
        DomainKit.InCulture("en", () =>
        {
            var ok = field.TryParse(Json(raw), out var value, out var error);
            return (ok, value, error);
        });

    private static readonly FieldDefinition Currency = new("currency", FieldType.Choice, Choices: ["USD", "EUR", "GBP"]);

    [Theory]
    [InlineData("\"ACME Ltda\"", "ACME Ltda")]
    [InlineData("\"  padded  \"", "padded")]
    [InlineData("\"\"", "")]
    public void Text_takes_a_string_trimmed(string raw, string expected)
    {
        var (ok, value, error) = Parse(new("client", FieldType.Text), raw);

        Assert.True(ok);
        Assert.Equal(expected, value);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("true")]
    [InlineData("[\"a\"]")]
    [InlineData("{}")]
    public void Text_refuses_anything_but_a_string(string raw)
    {
        var (ok, value, error) = Parse(new("client", FieldType.Text), raw);

        Assert.False(ok);
        Assert.Null(value);
        Assert.Equal("Client must be a text.", error);
    }

    [Theory]
    [InlineData("5.4321", "5.4321")]
    [InlineData("\"5.4321\"", "5.4321")]
    [InlineData("-3", "-3")]
    [InlineData("0", "0")]
    [InlineData("\" 1234.5 \"", "1234.5")]
    public void Number_takes_json_numbers_and_invariant_numeric_strings_as_decimal(string raw, string expected)
    {
        var (ok, value, error) = Parse(new("rate", FieldType.Number), raw);

        Assert.True(ok);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<decimal>(value));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"5,4\"")]
    [InlineData("\"1,234.5\"")]
    [InlineData("\"1.234,56\"")]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("1e400")]
    public void Number_refuses_what_is_not_a_decimal(string raw)
    {
        var (ok, value, error) = Parse(new("rate", FieldType.Number), raw);

        Assert.False(ok);
        Assert.Null(value);
        Assert.Equal("Exchange rate must be a number.", error);
    }

    [Theory]
    [InlineData("100000", 100000)]
    [InlineData("99999.99", 99999.99)]
    [InlineData("\"250000.50\"", 250000.50)]
    [InlineData("0", 0)]
    public void Money_takes_non_negative_amounts(string raw, double expected)
    {
        var (ok, value, _) = Parse(new("amount", FieldType.Money), raw);

        Assert.True(ok);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("\"-500\"")]
    public void Money_refuses_a_negative_amount(string raw)
    {
        var (ok, value, error) = Parse(new("amount", FieldType.Money), raw);

        Assert.False(ok);
        Assert.Null(value);
        Assert.Equal("Amount cannot be negative.", error);
    }

    [Theory]
    [InlineData("\"a lot\"")]
    [InlineData("\"100,000\"")]
    [InlineData("\"1,5\"")]
    public void Money_refuses_text_and_comma_separated_strings(string raw)
    {
        var (ok, _, error) = Parse(new("amount", FieldType.Money), raw);

        Assert.False(ok);
        Assert.Equal("Amount must be an amount of money.", error);
    }

    [Theory]
    [InlineData("\"USD\"", "USD")]
    [InlineData("\"usd\"", "USD")]
    [InlineData("\"eUr\"", "EUR")]
    public void Choice_is_case_insensitive_and_normalized_to_the_declared_spelling(string raw, string expected)
    {
        var (ok, value, _) = Parse(Currency, raw);

        Assert.True(ok);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("\"BRL\"")]
    [InlineData("\"US D\"")]
    [InlineData("1")]
    [InlineData("[\"USD\"]")]
    public void Choice_refuses_a_value_not_declared_and_names_the_choices(string raw)
    {
        var (ok, value, error) = Parse(Currency, raw);

        Assert.False(ok);
        Assert.Null(value);
        Assert.Equal("Currency must be one of: USD, EUR, GBP.", error);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Boolean_takes_json_true_and_false(string raw, bool expected)
    {
        var (ok, value, _) = Parse(new("feeCharged", FieldType.Boolean), raw);

        Assert.True(ok);
        Assert.Equal(expected, Assert.IsType<bool>(value));
    }

    [Theory]
    [InlineData("\"true\"")]
    [InlineData("1")]
    [InlineData("\"yes\"")]
    public void Boolean_refuses_strings_and_numbers(string raw)
    {
        var (ok, _, error) = Parse(new("feeCharged", FieldType.Boolean), raw);

        Assert.False(ok);
        Assert.Equal("Fee charged must be yes or no.", error);
    }

    [Fact]
    public void Date_takes_an_iso_date()
    {
        var (ok, value, _) = Parse(new("promiseDate", FieldType.Date), "\"2025-04-18\"");

        Assert.True(ok);
        Assert.Equal(new DateOnly(2025, 4, 18), value);
    }

    [Theory]
    [InlineData("\"18/04/2025\"")]
    [InlineData("\"2025-02-30\"")]
    [InlineData("\"2025-04-18T10:00:00\"")]
    [InlineData("20250418")]
    public void Date_refuses_other_shapes_and_impossible_days(string raw)
    {
        var (ok, value, error) = Parse(new("promiseDate", FieldType.Date), raw);

        Assert.False(ok);
        Assert.Null(value);
        Assert.Equal("Promise date must be a date (YYYY-MM-DD).", error);
    }

    [Theory]
    [InlineData("[\"ID copy\", \"  proof of address \", \"\", \"   \"]")]
    [InlineData("\"ID copy, proof of address,,\"")]
    public void TextList_takes_an_array_or_a_comma_list_trimmed_without_blanks(string raw)
    {
        var (ok, value, _) = Parse(new("evidence", FieldType.TextList), raw);

        Assert.True(ok);
        Assert.Equal(["ID copy", "proof of address"], Assert.IsType<string[]>(value));
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("[\"a\", null]")]
    [InlineData("5")]
    [InlineData("{}")]
    public void TextList_refuses_anything_but_strings(string raw)
    {
        var (ok, _, error) = Parse(new("evidence", FieldType.TextList), raw);

        Assert.False(ok);
        Assert.Equal("Evidence must be a list of texts.", error);
    }

    [Theory]
    [InlineData(FieldType.Text)]
    [InlineData(FieldType.Number)]
    [InlineData(FieldType.Money)]
    [InlineData(FieldType.Choice)]
    [InlineData(FieldType.Boolean)]
    [InlineData(FieldType.Date)]
    [InlineData(FieldType.TextList)]
    public void Null_clears_a_field_of_any_type(FieldType type)
    {
        var (ok, value, error) = Parse(new("any", type, Choices: ["a"]), "null");

        Assert.True(ok);
        Assert.Null(value);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("en", "Amount cannot be negative.", "Exchange rate must be a number.")]
    [InlineData("pt-BR", "Valor não pode ser negativo.", "Taxa de câmbio deve ser um número.")]
    [InlineData("es", "Monto no puede ser negativo.", "Tipo de cambio debe ser un número.")]
    [InlineData("ru", "Поле «Сумма» не может быть отрицательным.", "Поле «Курс» должно содержать число.")]
    public void Errors_are_in_the_callers_language_and_name_the_field_by_its_label(string culture, string negative, string invalid)
    {
        var amount = new FieldDefinition("amount", FieldType.Money);
        var rate = new FieldDefinition("rate", FieldType.Number);

        Assert.Equal(negative, DomainKit.InCulture(culture, () => amount.TryParse(Json("-1"), out _, out var e) ? null : e));
        Assert.Equal(invalid, DomainKit.InCulture(culture, () => rate.TryParse(Json("\"x\""), out _, out var e) ? null : e));
    }

    [Fact]
    public void Typed_values_are_normalized_by_the_same_rules_as_json()
    {
        static object? Accept(FieldDefinition field, object? given) => field.TryAccept(given, out var value, out _) ? value : "refused";

        Assert.Equal(12m, Accept(new("rate", FieldType.Number), 12));
        Assert.Equal(5.5m, Accept(new("rate", FieldType.Number), "5.5"));
        Assert.Equal("refused", Accept(new("amount", FieldType.Money), -1m));
        Assert.Equal("EUR", Accept(Currency, "eur"));
        Assert.Equal("refused", Accept(Currency, "BRL"));
        Assert.Equal("refused", Accept(new("flag", FieldType.Boolean), "true"));
        Assert.Equal(new DateOnly(2026, 3, 1), Accept(new("day", FieldType.Date), new DateOnly(2026, 3, 1)));
        Assert.Equal(new[] { "a", "b" }, Accept(new("list", FieldType.TextList), new[] { " a ", "", "b" }));
        Assert.Equal("refused", Accept(new("client", FieldType.Text), 3m));
    }
}
