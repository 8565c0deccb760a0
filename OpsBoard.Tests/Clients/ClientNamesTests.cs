using OpsBoard.Clients;

namespace OpsBoard.Tests.Clients;

public sealed class ClientNamesTests
{
    [Theory]
    [InlineData("Acme Ltda", "ACME LTDA.")]
    [InlineData("Café Colômbia Ltda", "cafe colombia")]
    [InlineData("Distribuidora Ñandú S.A.", "DISTRIBUIDORA NANDU S/A")]
    [InlineData("Easy Carros", "  easy   carros ")]
    [InlineData("Smith & Sons, LLC", "smith sons llc")]
    [InlineData("ООО «Оптторг»", "Оптторг ООО")]
    [InlineData("João Pereira", "Joao Pereira")]
    [InlineData("O'Neil Trading Inc.", "ONeil Trading")]
    public void Two_spellings_of_one_client_share_a_key(string one, string other) =>
        Assert.Equal(ClientNames.Key(one), ClientNames.Key(other));

    [Theory]
    [InlineData("Acme Ltda", "Acme Brasil Ltda")]
    [InlineData("João Pereira", "João Pereira Filho")]
    [InlineData("Оптторг ООО", "Опторг ООО")]
    [InlineData("Padaria Pão Quente", "Padaria Pão Frio")]
    public void Different_clients_keep_different_keys(string one, string other) =>
        Assert.NotEqual(ClientNames.Key(one), ClientNames.Key(other));

    [Fact]
    public void The_key_is_lower_case_words_without_accents_or_legal_form() =>
        Assert.Equal("clinica sao lucas", ClientNames.Key("Clínica São-Lucas LTDA."));

    [Fact]
    public void A_name_that_is_only_a_legal_form_keeps_it_rather_than_matching_every_such_name()
    {
        Assert.Equal("ltda", ClientNames.Key("Ltda."));
        Assert.NotEqual(ClientNames.Key("LLC"), ClientNames.Key("Ltda"));
    }

    [Fact]
    public void A_name_with_no_letter_or_digit_has_an_empty_key_and_matches_nothing() =>
        Assert.Equal(string.Empty, ClientNames.Key(" -- ... "));

    [Theory]
    [InlineData("Acme Ltda", true)]
    [InlineData("Оптторг ООО", true)]
    [InlineData("Widgets LLC", true)]
    [InlineData("Marina Albuquerque", false)]
    public void A_legal_form_in_the_name_says_company(string name, bool company) =>
        Assert.Equal(company, ClientNames.LooksLikeCompany(name));
}
