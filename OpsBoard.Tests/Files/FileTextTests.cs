using System.Collections;
using System.Globalization;
using System.Resources;
using OpsBoard.Files;
using OpsBoard.Onboarding.Mail;

namespace OpsBoard.Tests.Files;

/// <summary>The upload refusals and the mail outbox's texts, complete in every language the screens offer.</summary>
public sealed class FileTextTests
{
    public static TheoryData<string, string> Families => new()
    {
        { "OpsBoard.Resources.Files.FileText", "pt-BR" },
        { "OpsBoard.Resources.Files.FileText", "es" },
        { "OpsBoard.Resources.Files.FileText", "ru" },
        { "OpsBoard.Resources.Onboarding.Mail.MailText", "pt-BR" },
        { "OpsBoard.Resources.Onboarding.Mail.MailText", "es" },
        { "OpsBoard.Resources.Onboarding.Mail.MailText", "ru" },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_text_is_translated_with_the_same_placeholders(string family, string culture)
    {
        var resources = new ResourceManager(family, typeof(FileTypes).Assembly);
        var english = Texts(resources, CultureInfo.InvariantCulture);
        var translated = Texts(resources, CultureInfo.GetCultureInfo(culture));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(translated[e.Key]), $"{e.Key} is blank in {culture}");
            Assert.Equal(e.Value.Contains("{0}", StringComparison.Ordinal), translated[e.Key].Contains("{0}", StringComparison.Ordinal));
            Assert.Equal(e.Value.Contains("{1}", StringComparison.Ordinal), translated[e.Key].Contains("{1}", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void The_outbox_says_in_spanish_that_a_mail_went_out_already()
    {
        using var _ = new Support.UiCulture("es");

        Assert.Equal("El correo 7 ya se envió.", MailText.Format("AlreadySent", 7));
    }

    private static Dictionary<string, string> Texts(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty);
}
