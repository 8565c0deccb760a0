using System.Globalization;
using OpsBoard.Collections;

namespace OpsBoard.Tests.Collections;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("pt-BR", 25, "R$ 25")]
    [InlineData("pt-BR", 1234.5, "R$ 1.234,50")]
    [InlineData("en-US", 1234.5, "R$1,234.50")]
    [InlineData("en-US", 300000, "R$300,000")]
    public void A_debt_in_reais_is_written_with_the_readers_digits_and_the_real_sign_and_no_cents_when_whole(string culture, double amount, string expected)
    {
        var text = Money.Format((decimal)amount, "BRL", CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, text.Replace('\u00A0', ' '));
    }

    [Fact]
    public void A_currency_no_region_claims_is_written_with_its_code()
    {
        Assert.Equal("XTS", Money.SymbolOf("xts"));
    }
}
