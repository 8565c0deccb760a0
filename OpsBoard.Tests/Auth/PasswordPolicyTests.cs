using OpsBoard.Auth;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Auth;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("short1")]
    [InlineData("")]
    public void A_password_under_ten_characters_is_refused(string password) =>
        Assert.Equal(["A password has at least 10 characters."], Check("marta", password));

    [Fact]
    public void The_user_name_is_no_password() =>
        Assert.Contains("The password cannot be the user name.", Check("marta.silva", "Marta.Silva"));

    [Theory]
    [InlineData("password123")]
    [InlineData("1234567890")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("opsboard123")]
    public void A_password_guessed_first_is_refused(string password) =>
        Assert.Contains(Check("marta", password), r => r.StartsWith("This password is among", StringComparison.Ordinal));

    [Fact]
    public void A_long_uncommon_password_passes() => Assert.Empty(Check("marta", "violet-harbour-42"));

    [Fact]
    public void Generated_passwords_pass_the_policy_and_differ() =>
        Assert.Equal(20, Enumerable.Range(0, 20).Select(_ => PasswordPolicy.Generate()).Where(p => Check("marta", p).Count == 0).Distinct().Count());

    [Theory]
    [InlineData("pt-BR", "A senha tem pelo menos 10 caracteres.")]
    [InlineData("es", "La contraseña tiene al menos 10 caracteres.")]
    [InlineData("ru", "Пароль должен содержать не менее 10 символов.")]
    public void The_reasons_are_in_the_reader_s_language(string culture, string reason)
    {
        using var _ = new UiCulture(culture);
        Assert.Equal([reason], PasswordPolicy.Check("marta", "curta"));
    }

    private static IReadOnlyList<string> Check(string user, string password)
    {
        using var _ = new UiCulture("en");
        return PasswordPolicy.Check(user, password);
    }
}
