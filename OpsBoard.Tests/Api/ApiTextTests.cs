using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using OpsBoard.Api;

namespace OpsBoard.Tests.Api;

public sealed partial class ApiTextTests
{
    private static readonly ResourceManager Resources = new("OpsBoard.Resources.Api.ApiText", typeof(ApiText).Assembly);

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("es")]
    [InlineData("ru")]
    public void Every_reason_the_api_gives_is_translated_and_not_blank(string culture)
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var translated = Texts(CultureInfo.GetCultureInfo(culture));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(translated.Keys));
        Assert.All(english.Keys, key => Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{key} is blank in {culture}"));
    }

    [Theory]
    [InlineData("pt-BR")]
    [InlineData("es")]
    [InlineData("ru")]
    public void A_translation_fills_in_the_same_values_as_the_english_text(string culture)
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var translated = Texts(CultureInfo.GetCultureInfo(culture));

        Assert.All(english, e => Assert.Equal(Placeholders(e.Value), Placeholders(translated[e.Key])));
    }

    [Fact]
    public void A_stale_version_reads_in_russian()
    {
        using var _ = new Support.UiCulture("ru");

        Assert.StartsWith("Запись изменилась", ApiText.Format("Stale", 3), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Texts(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty);

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
